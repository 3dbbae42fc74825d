using System.Text.RegularExpressions;

namespace SloCompiler.Governance;

/// <summary>
/// Recognises catalog, policy and project YAML files (<c>kind: MetricCatalog</c>, <c>kind: LabelPolicy</c>,
/// <c>kind: SloProject</c>), so they can live beside SLO files without being read as sources: compile would
/// otherwise list them among the manifest's inputs.
/// </summary>
public static partial class GovernanceFiles
{
    public static bool IsGovernanceFile(string text) => Kind().IsMatch(text);

    public static bool IsCatalog(string text) => Kind().Match(text) is { Success: true } match && match.Groups[1].Value == "MetricCatalog";

    [GeneratedRegex(@"^kind:[ \t]*[""']?(MetricCatalog|LabelPolicy|SloProject)[""']?[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Kind();
}
