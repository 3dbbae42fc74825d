using System.Text.RegularExpressions;
using SloCompiler.Conversion;
using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Foreign;

/// <summary>
/// Every spec in Sloth's, Pyrra's and the OpenSLO specification's own examples has a fixture of the same shape under
/// <c>Foreign/Fixtures/upstream/&lt;tool&gt;/</c> (the header comment names the upstream file). Each is linted as a user
/// would; <c>name.yml.expected</c> next to it lists what slo reports, one <c>line:column severity CODE</c> per
/// diagnostic (an empty file: nothing). Fixtures without errors also compile, pass promtool check rules, and convert to our
/// language that compiles to the same rules. UPDATE_SNAPSHOTS=1 rewrites the .expected files.
/// </summary>
public sealed partial class UpstreamFixtureTests : IDisposable
{
    private static readonly string Folder = RepoRoot.Combine("tests", "SloCompiler.Tests", "Foreign", "Fixtures", "upstream");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Cases() => new(Names());

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Folder, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_tool_has_fixtures_and_each_names_the_example_it_mirrors()
    {
        var cases = Names().ToList();
        foreach (var tool in new[] { "sloth/", "pyrra/", "openslo/" })
        {
            cases.Count(c => c.StartsWith(tool, StringComparison.Ordinal)).Should().BeGreaterThan(3, tool);
        }

        foreach (var name in cases)
        {
            var text = File.ReadAllText(Path.Combine(Folder, name));
            text.Split('\n').Take(3).Any(l => l.StartsWith("# Mirrors ", StringComparison.Ordinal))
                .Should().BeTrue($"{name} should say in its header which upstream example it mirrors");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_reports_exactly_the_expected_diagnostics(string name)
    {
        var run = CliRun.Of(Folder, "lint", name);
        var reported = DiagnosticLine().Matches(run.Out)
            .Select(m => $"{m.Groups["line"].Value}:{m.Groups["column"].Value} {m.Groups["severity"].Value} {m.Groups["code"].Value}")
            .ToList();
        var actual = string.Concat(reported.Select(r => r + "\n"));
        var expectedPath = Path.Combine(Folder, name + ".expected");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        File.Exists(expectedPath).Should().BeTrue($"{name}.expected should exist; run with UPDATE_SNAPSHOTS=1 and review it");
        actual.Should().Be(File.ReadAllText(expectedPath), run.Out);
        run.ExitCode.Should().Be(reported.Any(r => r.Contains(" error ", StringComparison.Ordinal)) ? 1 : 0, run.Error);

        var catalog = File.ReadAllText(RepoRoot.Combine("docs", "diagnostics.md"));
        foreach (var code in reported.Select(r => r.Split(' ')[2]).Distinct())
        {
            catalog.Should().Contain($"| {code} |", "every code a fixture gets is documented");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixtures_without_errors_compile_pass_promtool_check_and_convert_to_the_same_rules(string name)
    {
        var source = new SourceFile(name, File.ReadAllText(Path.Combine(Folder, name)));
        var direct = Compiler.Compile([source]);
        if (direct.HasErrors)
        {
            File.ReadAllText(Path.Combine(Folder, name + ".expected")).Should().Contain(" error ", "only fixtures expected to fail may fail");
            return;
        }

        var rules = direct.Outputs.Where(o => o.RelativePath.StartsWith("prometheus/", StringComparison.Ordinal)).ToList();
        if (direct.Program!.Services.Count == 0)
        {
            rules.Should().BeEmpty();
            return;
        }

        rules.Should().NotBeEmpty();
        foreach (var file in direct.Outputs)
        {
            _dir.Write(file.RelativePath, file.Content);
        }

        var check = Promtool.Run(_dir.Path, ["check", "rules", .. rules.Select(r => r.RelativePath)]);
        check.ExitCode.Should().Be(0, check.Output);

        var diagnostics = new DiagnosticBag();
        var converted = SourceConverter.ConvertAll([source], ConvertTarget.Slo, diagnostics);
        var viaConversion = Compiler.Compile(converted.Select(c => new SourceFile(c.FileName, c.Text)).ToList());
        viaConversion.HasErrors.Should().BeFalse(string.Join("\n", viaConversion.Diagnostics) + "\n" + string.Concat(converted.Select(c => c.Text)));
        Bodies(viaConversion.Outputs).Should().Equal(Bodies(direct.Outputs), "the converted program compiles to the same rules");
    }

    /// <summary>Rule files without their first line (the header names the source file).</summary>
    private static List<string> Bodies(IReadOnlyList<OutputFile> outputs) =>
        outputs.Where(o => o.RelativePath.StartsWith("prometheus/", StringComparison.Ordinal))
            .OrderBy(o => o.RelativePath, StringComparer.Ordinal)
            .Select(o => o.RelativePath + "\n" + string.Join('\n', o.Content.Split('\n').Skip(1)))
            .ToList();

    [GeneratedRegex(@"^.+?\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<code>SLO\d+):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
