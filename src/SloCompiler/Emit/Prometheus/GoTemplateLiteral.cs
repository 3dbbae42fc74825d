namespace SloCompiler.Emit.Prometheus;

/// <summary>
/// Writes text from SLO sources into alert labels and annotations so that Prometheus, which expands both as Go
/// templates, shows it exactly as written: every <c>{{</c> becomes the action <c>{{"{{"}}</c>, which prints it.
/// Text in SLO sources is therefore never a template: it cannot run queries or read other labels, it cannot break
/// promtool's template check, and the generated promtool tests can expect it word for word.
/// </summary>
internal static class GoTemplateLiteral
{
    private const string Open = "{{";
    private const string PrintOpen = "{{\"{{\"}}";

    public static string Escape(string text) =>
        text.Contains(Open, StringComparison.Ordinal) ? text.Replace(Open, PrintOpen, StringComparison.Ordinal) : text;

    public static IReadOnlyList<KeyValuePair<string, string>> Escape(IReadOnlyList<KeyValuePair<string, string>> entries) =>
        entries.Select(e => new KeyValuePair<string, string>(e.Key, Escape(e.Value))).ToList();
}
