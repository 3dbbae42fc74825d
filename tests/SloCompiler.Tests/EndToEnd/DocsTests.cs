using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using SloCompiler.Cli;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Diagnostics;
using SloCompiler.Project;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.EndToEnd;

/// <summary>
/// The documentation cannot rot: every SLO program (```slo, and our YAML documents) in README.md and
/// docs/ checks without errors, every `$ slo …` command line is one the parser accepts, the README's
/// tour runs as written, and every link between pages points at a page that exists.
/// </summary>
public sealed partial class DocsTests
{
    public static TheoryData<string, int> SloPrograms()
    {
        var data = new TheoryData<string, int>();
        foreach (var (path, text) in Documentation.All())
        {
            foreach (Match block in SloFence().Matches(text))
            {
                data.Add(path, block.Index);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SloPrograms))]
    public void Every_slo_program_checks_without_errors(string page, int offset)
    {
        var text = Documentation.All().Single(p => p.Path == page).Text;
        var program = SloFence().Match(text, offset).Groups["body"].Value;

        var result = Compiler.Check([new SourceFile($"{page}@{offset}.slo", program)]);

        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Every_yaml_document_of_ours_reads_without_errors()
    {
        var checkedBlocks = 0;
        foreach (var (path, text) in Documentation.All())
        {
            foreach (var block in YamlFence().Matches(text).Select(m => m.Groups["body"].Value).Where(b => b.Contains("apiVersion: slocompiler.dev/v1", StringComparison.Ordinal)))
            {
                var source = new SourceFile(path + ".yaml", block);
                var errors = block.Contains("kind: " + ProjectReader.Kind, StringComparison.Ordinal)
                    ? ProjectErrors(source)
                    : Compiler.Check([source]).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                errors.Select(d => d.ToString() + " " + d.Message).Should().BeEmpty($"the YAML block of {path} should read cleanly");
                checkedBlocks++;
            }
        }

        checkedBlocks.Should().BeGreaterThanOrEqualTo(3, "the language page's YAML form, its receivers and the project file are documented");
    }

    [Fact]
    public void Every_documented_command_line_is_accepted_by_the_parser()
    {
        var commands = Documentation.All()
            .SelectMany(p => CommandLine().Matches(p.Text).Select(m => (p.Path, Line: m.Groups["args"].Value)))
            .ToList();

        commands.Should().HaveCountGreaterThanOrEqualTo(8, "the tour and the command page show slo at work");
        using var dir = new TempDirectory();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, dir.Path, CliEnvironment.Plain);
        foreach (var (path, line) in commands)
        {
            var args = CommandLineParser.SplitCommandLine(WithoutComment(line)).ToArray();
            var parse = SloCommandLine.Create(context).Parse(args);
            parse.Errors.Select(e => e.Message).Should().BeEmpty($"'slo {line}' in {path} should parse");
            UsageErrors.Refused(parse, args).Should().BeNull($"'slo {line}' in {path} should be accepted");
        }
    }

    [Fact]
    public void Every_documented_command_runs_on_the_bundled_examples()
    {
        using var dir = new TempDirectory();
        CopyFolder(RepoRoot.Combine("examples"), Path.Combine(dir.Path, "examples"));
        CopyFolder(RepoRoot.Combine("generated"), Path.Combine(dir.Path, "generated"));
        File.Copy(RepoRoot.Combine("slo.yaml"), Path.Combine(dir.Path, "slo.yaml"));

        var ran = 0;
        foreach (var (path, line) in Documentation.All().SelectMany(p => CommandLine().Matches(p.Text).Select(m => (p.Path, Line: m.Groups["args"].Value))))
        {
            var run = CliRun.Of(dir.Path, CommandLineParser.SplitCommandLine(WithoutComment(line)).ToArray());
            run.ExitCode.Should().BeOneOf([0, 1], $"'slo {line}' of {path} should run: {run.Error}");
            run.Error.Should().NotContain("internal error");
            ran++;
        }

        ran.Should().BeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public void The_readme_tour_runs_as_written()
    {
        var readme = Documentation.All()[0].Text;
        var tour = readme[readme.IndexOf("## Five-minute tour", StringComparison.Ordinal)..readme.IndexOf("## Documentation", StringComparison.Ordinal)];
        using var dir = new TempDirectory();
        CliRun.Of(dir.Path, "init").ExitCode.Should().Be(0);

        var shown = SloFence().Match(tour).Groups["body"].Value;
        dir.Read("slo/checkout.slo").Should().Contain(shown.Split('\n')[0], "the tour shows the start of the file slo init writes");
        foreach (var line in CommandLine().Matches(tour).Select(m => m.Groups["args"].Value))
        {
            var run = CliRun.Of(dir.Path, CommandLineParser.SplitCommandLine(WithoutComment(line)).ToArray());
            run.ExitCode.Should().Be(0, $"'slo {line}' of the tour should succeed: {run.Out}{run.Error}");
        }
    }

    [Fact]
    public void Every_link_between_pages_points_at_a_page_that_exists()
    {
        foreach (var (path, text) in Documentation.All())
        {
            var folder = Path.GetDirectoryName(RepoRoot.Combine(path.Split('/')))!;
            foreach (var target in Link().Matches(text).Select(m => m.Groups["target"].Value))
            {
                File.Exists(Path.Combine(folder, target)).Should().BeTrue($"{path} links to {target}");
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static List<Diagnostic> ProjectErrors(SourceFile source)
    {
        var diagnostics = new DiagnosticBag();
        ProjectReader.Read(source, diagnostics);
        return diagnostics.Items.ToList();
    }

    /// <summary>A shell comment after the command (" # …"), outside quotes.</summary>
    private static string WithoutComment(string line)
    {
        line = line.Replace("\\\n", " ", StringComparison.Ordinal);
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            quoted ^= line[i] == '"';
            if (!quoted && line[i] == '#' && i > 0 && line[i - 1] == ' ')
            {
                return line[..i].TrimEnd();
            }
        }

        return line;
    }

    [GeneratedRegex("^```slo\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SloFence();

    [GeneratedRegex("^```yaml\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlFence();

    /// <summary>"    $ slo ARGS", with lines ending in '\' continued on the next.</summary>
    [GeneratedRegex(@"^ {4}\$ slo (?<args>(?:[^\n]*\\\n)*[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"\]\((?<target>[a-z0-9/_.-]+\.md)(#[^)]*)?\)")]
    private static partial Regex Link();
}
