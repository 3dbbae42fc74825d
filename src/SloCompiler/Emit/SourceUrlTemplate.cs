namespace SloCompiler.Emit;

/// <summary>
/// <c>--source-url</c> / <c>source_url</c>: an http(s) URL with <c>{path}</c>, where the source file's path
/// as compiled goes, and optionally <c>{line}</c> (<c>https://github.com/acme/slo/blob/main/{path}#L{line}</c>).
/// </summary>
public static class SourceUrlTemplate
{
    /// <summary>Null when <paramref name="template"/> is usable; otherwise what is wrong, as a sentence part.</summary>
    public static string? Problem(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!template.Contains("{path}", StringComparison.Ordinal))
        {
            return $"source URL '{template}' has no {{path}}; e.g. https://github.com/acme/slo/blob/main/{{path}}#L{{line}}";
        }

        var sample = template.Replace("{path}", "a.slo", StringComparison.Ordinal).Replace("{line}", "1", StringComparison.Ordinal);
        return Uri.TryCreate(sample, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : $"source URL '{template}' is not an http:// or https:// URL";
    }
}
