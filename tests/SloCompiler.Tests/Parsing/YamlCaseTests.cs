using SloCompiler.Diagnostics;
using static SloCompiler.Tests.Parsing.YamlTestSupport;

namespace SloCompiler.Tests.Parsing;

/// <summary>
/// Every <c>YamlCases/name.yaml</c> with a <c>name.expected</c> holds the diagnostics it produces, one headline per
/// line. <c>UPDATE_SNAPSHOTS=1</c> rewrites them; review the diff.
/// </summary>
public sealed class YamlCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesFolder(), "*.yaml").Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.ChangeExtension(file, ".expected")))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_erroneous_file_reports_exactly_the_expected_diagnostics(string name)
    {
        var yamlPath = Path.Combine(CasesFolder(), name + ".yaml");
        var expectedPath = Path.ChangeExtension(yamlPath, ".expected");
        var (_, diagnostics) = Read(File.ReadAllText(yamlPath), name + ".yaml");
        var actual = string.Concat(diagnostics.Select(d => DiagnosticFormatter.Headline(d) + "\n"));

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        actual.Should().Be(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"));
        diagnostics.Should().NotBeEmpty("an error case must report something");
    }
}
