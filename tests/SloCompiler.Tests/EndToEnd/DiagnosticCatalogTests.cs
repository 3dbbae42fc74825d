using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.EndToEnd;

public class DiagnosticCatalogTests
{
    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(c => Regex.IsMatch(c, "^SLO[0-9]{3}$"));
    }

    [Fact]
    public void Every_code_is_documented_once_in_the_diagnostics_table()
    {
        var readmePath = Documentation.PagePath("diagnostics.md");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(readmePath, ReadmeWithTable(File.ReadAllText(readmePath)));
        }

        var readme = File.ReadAllText(readmePath);

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Regex.Matches(readme, $@"^\| {descriptor.Code} \|", RegexOptions.Multiline)
                .Should().HaveCount(1, $"{descriptor.Code} ({descriptor.Title}) needs one row in docs/diagnostics.md's table");
        }
    }

    /// <summary>Rewrites the README's diagnostics section from the catalogue (UPDATE_SNAPSHOTS=1).</summary>
    private static string ReadmeWithTable(string readme)
    {
        const string start = "<!-- section:diagnostics -->";
        const string end = "<!-- /section:diagnostics -->";
        var rows = DiagnosticDescriptors.All.Select(d =>
            $"| {d.Code} | {DiagnosticFormatter.SeverityText(d.Severity)} | {d.Title} | {d.MessageFormat.Replace("|", "\\|").Replace("{{", "{").Replace("}}", "}")} |");
        var table = string.Join("\n", [
            "Every diagnostic has a stable code; codes are never reused. SLO0xx: syntax; SLO1xx: semantics;",
            "SLO3xx: metric catalog, label policy and coverage (see the catalog section);",
            "SLO9xx: files and command line. `{0}`, `{1}` … in messages are filled with the specifics.",
            "",
            "| code | severity | title | message |",
            "|---|---|---|---|",
            .. rows,
        ]);
        var from = readme.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        return readme[..from] + "\n" + table + "\n" + readme[to..];
    }
}
