using System.Text;
using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>
/// Each SLO in plain words, in English ("en") or Spanish ("es"), for people who read reports rather
/// than PromQL. Output is deterministic, culture-invariant and uses <c>\n</c> line endings.
/// </summary>
public static class SloExplainer
{
    /// <summary>The languages <see cref="Explain"/> accepts.</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["en", "es"];

    /// <summary>
    /// One heading line per service, then one paragraph per SLO, separated by blank lines.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not one of <see cref="SupportedLanguages"/>.</exception>
    public static string Explain(SloProgram program, string language)
    {
        ArgumentNullException.ThrowIfNull(program);
        var phrases = PhrasesFor(language);

        var blocks = program.Services.Select(service =>
        {
            var block = new StringBuilder(phrases.ServiceHeading(service.Name, service.Team)).Append('\n');
            foreach (var slo in service.Slos)
            {
                block.Append('\n').Append(SloParagraph.Build(slo, phrases)).Append('\n');
            }

            return block.ToString();
        });

        return string.Join("\n", blocks);
    }

    private static ExplainPhrases PhrasesFor(string language) => language switch
    {
        "en" => EnglishPhrases.Instance,
        "es" => SpanishPhrases.Instance,
        _ => throw new ArgumentException(
            $"Unknown language '{language}'; expected one of: {string.Join(", ", SupportedLanguages)}.", nameof(language)),
    };
}
