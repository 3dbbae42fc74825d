using SloCompiler.Model;
using SloCompiler.Text;

namespace SloCompiler.Governance;

/// <summary>
/// Finds where a service, an SLO or a metric of the span-free model was written, by searching the
/// service's source file for the names in order (service, then SLO, then the text inside it), so
/// governance findings point at the line to fix. Falls back to the start of the file.
/// </summary>
internal sealed class ModelLocator(IReadOnlyList<SourceFile> sources)
{
    private readonly Dictionary<string, SourceFile> _byPath = sources.GroupBy(s => s.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public SourceSpan Service(ServiceModel service)
    {
        var file = FileOf(service);
        return Find(file, service.Name, 0) ?? new SourceSpan(file, 0, 0);
    }

    public SourceSpan Slo(ServiceModel service, SloModel slo)
    {
        var serviceSpan = Service(service);
        return Find(serviceSpan.File, slo.Name, serviceSpan.End) ?? serviceSpan;
    }

    /// <summary>The first occurrence of <paramref name="text"/> (a metric or label name) inside the SLO.</summary>
    public SourceSpan InSlo(ServiceModel service, SloModel slo, string text)
    {
        var sloSpan = Slo(service, slo);
        return Find(sloSpan.File, text, sloSpan.End) ?? sloSpan;
    }

    private SourceFile FileOf(ServiceModel service) =>
        service.SourcePaths.Select(p => _byPath.GetValueOrDefault(p)).OfType<SourceFile>().FirstOrDefault()
        ?? new SourceFile(service.SourcePaths.FirstOrDefault() ?? service.Name, string.Empty);

    /// <summary>A whole-word occurrence at or after <paramref name="from"/>.</summary>
    private static SourceSpan? Find(SourceFile file, string word, int from)
    {
        var text = file.Text;
        for (var at = text.IndexOf(word, Math.Min(from, text.Length), StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !IsWordChar(text[at - 1]);
            var after = at + word.Length >= text.Length || !IsWordChar(text[at + word.Length]);
            if (before && after)
            {
                return new SourceSpan(file, at, word.Length);
            }
        }

        return null;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':';
}
