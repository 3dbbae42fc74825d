using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// The shapes people write rule files in (issue 14: Sloth's, kube-prometheus' PrometheusRule objects, mixin output,
/// flow-style labels; fixtures in Shapes/, the small versions of build/bench/generate-shapes.sh's) are read group by
/// group like the compiler's own files, and the result is exactly what reading the file whole with YamlDotNet gives:
/// the same groups, rules, spans, diagnostics and lint findings. Files of another shape are read whole.
/// </summary>
public class RuleFileShapesTests
{
    private static string Fixture(string name) => RepoRoot.Combine("tests", "SloCompiler.Tests", "RuleFiles", "Shapes", name);

    [Theory]
    [InlineData("sloth.yml")]
    [InlineData("kube.yml")]
    [InlineData("mixin.yml")]
    [InlineData("flow.yml")]
    [InlineData("markers.yml")]
    [InlineData("kube-edges.yml")]
    public void A_shape_is_split_into_groups_and_reads_as_it_does_whole(string name)
    {
        var source = new SourceFile(name, File.ReadAllText(Fixture(name)));

        var chunks = GroupChunks.Split(source.Text, minimumLength: 0);
        chunks.Should().NotBeNull("the file has a shape that is read group by group");
        var byGroup = RuleFileReader.ReadByGroup(source, chunks!, SloCompiler.PromQl.PromQlOptions.Default);
        byGroup.Should().NotBeNull("every group parses on its own");
        var whole = RuleFileReader.ReadWhole(source);

        Describe(byGroup!).Should().Be(Describe(whole));
        Lint(byGroup!).Should().Be(Lint(whole));
        whole.Groups.Should().HaveCountGreaterThan(1);
    }

    [Theory]
    [InlineData("sloth.yml")]
    [InlineData("kube.yml")]
    [InlineData("mixin.yml")]
    public void Block_shapes_are_read_by_the_plain_yaml_scanner(string name)
    {
        // the fast path, not YamlDotNet's parser: every chunk scans, and the events are YamlDotNet's
        var text = File.ReadAllText(Fixture(name));
        var source = new SourceFile(name, text);
        foreach (var chunk in GroupChunks.Split(text, minimumLength: 0)!)
        {
            var scanned = BlockYamlEvents.TryScan(source, chunk.Start, chunk.Length);
            scanned.Should().NotBeNull($"the group at {chunk.Start} is plain block YAML");
            Events(scanned!).Should().Equal(Events(new YamlDotNet.Core.Parser(new StringSegmentReader(text, chunk.Start, chunk.Length))));
        }
    }

    [Theory]
    [InlineData("other-object.yml")]
    [InlineData("spec-not-last.yml")]
    public void Other_shapes_are_read_whole(string name)
    {
        var source = new SourceFile(name, File.ReadAllText(Fixture(name)));

        GroupChunks.Split(source.Text, minimumLength: 0).Should().BeNull();
        Describe(RuleFileReader.Read(source)).Should().Be(Describe(RuleFileReader.ReadWhole(source)));
    }

    [Theory]
    [InlineData("sloth.yml")]
    [InlineData("kube.yml")]
    [InlineData("mixin.yml")]
    [InlineData("flow.yml")]
    public void A_large_file_of_a_shape_reads_the_same_group_by_group_as_whole(string name)
    {
        // past the size that is split, through RuleFileReader.Read as the CLI calls it
        var text = File.ReadAllText(Fixture(name));
        var body = new StringBuilder(text);
        var groupsStart = name == "kube.yml" ? 0 : text.IndexOf("groups:\n", StringComparison.Ordinal) + "groups:\n".Length;
        for (var copy = 1; body.Length < GroupChunks.MinimumLength + 4096; copy++)
        {
            body.Append(text[groupsStart..].Replace("- name: ", $"- name: copy{copy}-", StringComparison.Ordinal));
        }

        var source = new SourceFile(name, body.ToString());
        GroupChunks.Split(source.Text).Should().NotBeNull();
        var read = RuleFileReader.Read(source);
        var whole = RuleFileReader.ReadWhole(source);
        Describe(read).Should().Be(Describe(whole));
        Lint(read).Should().Be(Lint(whole));
    }

    private static List<string> Events(YamlDotNet.Core.IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            // what CleanGroupReader reads: positions of scalars and of where collections start
            events.Add(e switch
            {
                YamlDotNet.Core.Events.Scalar s => $"scalar {s.Value} {s.Style} {s.IsKey} {s.Tag} {s.Anchor} {e.Start.Index}-{e.End.Index}",
                YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart => $"{e.GetType().Name} {e.Start.Index}-{e.End.Index}",
                _ => e.GetType().Name,
            });
        }

        return events;
    }

    private static string Describe(RuleFile file)
    {
        var text = new StringBuilder();
        foreach (var group in file.Groups)
        {
            text.Append($"group {group.Name.Value} {group.Name.Span.Start} {group.Span.Start}+{group.Span.Length} {group.Interval?.Value} {group.Limit?.Value} ");
            text.Append(string.Join(",", group.TargetFields.Select(f => $"{f.Value}@{f.Span.Start}"))).Append('\n');
            foreach (var rule in group.Rules)
            {
                text.Append($"  {rule.Kind} {rule.Name.Value} {rule.Span.Start}+{rule.Span.Length} {rule.Expr.Span.Start} {rule.Map(new SloCompiler.PromQl.Syntax.TextRange(0, 1)).Start} {rule.For?.Value} [{rule.Expr.Value}] ");
                text.Append(string.Join(",", rule.KeySpans.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}@{k.Value.Start}")));
                text.Append(string.Join(",", rule.Labels.Select(l => $" {l.Name.Value}={l.Value.Value}@{l.Value.Span.Start}")));
                text.Append(string.Join(",", rule.Annotations.Select(l => $" {l.Name.Value}={l.Value.Value}@{l.Value.Span.Start}"))).Append('\n');
            }
        }

        // in the order they were reported, not sorted: the whole reader's order must be kept
        foreach (var diagnostic in file.Diagnostics)
        {
            text.Append($"{diagnostic.Code} {diagnostic.Span.Start}+{diagnostic.Span.Length} {diagnostic.Message}\n");
        }

        return text.ToString();
    }

    private static string Lint(RuleFile file) =>
        string.Join("\n", RuleLinter.Lint([file]).Diagnostics.Select(d => $"{d.Code} {d.Span.Start}+{d.Span.Length} {d.Message}"));
}
