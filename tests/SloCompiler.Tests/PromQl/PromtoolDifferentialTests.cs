using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SloCompiler.PromQl;
using SloCompiler.Tests.Support;
using Xunit.Abstractions;

namespace SloCompiler.Tests.PromQl;

/// <summary>
/// Conformance with the real promtool: every corpus expression becomes a recording rule, promtool
/// 2.42 judges all of them (it reports every failing rule of a file, with its index), and our
/// accept/reject verdict must agree on at least 99.5%, with every known difference listed below.
/// </summary>
public partial class PromtoolDifferentialTests(ITestOutputHelper output)
{
    private const int RulesPerFile = 1000;

    /// <summary>Expressions where we knowingly disagree with promtool 2.42, and why.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Promtool_and_the_parser_agree_on_the_corpus()
    {
        var corpus = PromQlCorpus.All;
        corpus.Count.Should().BeGreaterThanOrEqualTo(2000);
        var rejected = RunPromtool(corpus);

        var disagreements = new List<string>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var ours = PromQlParser.Parse(corpus[i]);
            if (ours.Success == rejected.ContainsKey(i))
            {
                var theirs = rejected.TryGetValue(i, out var message) ? "rejects: " + message : "accepts";
                disagreements.Add($"{corpus[i]}\n    ours: {(ours.Success ? "accepts" : ours.Error!.Message)}\n    promtool {theirs}");
            }
        }

        var agreement = 100.0 * (corpus.Count - disagreements.Count) / corpus.Count;
        output.WriteLine($"{corpus.Count} expressions, promtool rejects {rejected.Count}, agreement {agreement:F2}%");
        var unknown = disagreements.Where(d => !KnownDifferences.ContainsKey(d[..d.IndexOf('\n')])).ToList();
        unknown.Should().BeEmpty("every difference from promtool must be fixed or listed in KnownDifferences with its reason");
        agreement.Should().BeGreaterThanOrEqualTo(99.5);
    }

    /// <summary>promtool's verdict per corpus index: the error message of each rejected expression.</summary>
    private static Dictionary<int, string> RunPromtool(IReadOnlyList<string> corpus)
    {
        var dir = Directory.CreateTempSubdirectory("promql-conformance").FullName;
        try
        {
            var files = new List<string>();
            for (var start = 0; start < corpus.Count; start += RulesPerFile)
            {
                var name = $"corpus{start / RulesPerFile:D2}.yml";
                var yaml = new StringBuilder("groups:\n- name: corpus\n  rules:\n");
                for (var i = start; i < Math.Min(corpus.Count, start + RulesPerFile); i++)
                {
                    // JSON strings are YAML double-quoted scalars: the expression arrives byte for byte
                    yaml.Append($"  - record: r{i}\n    expr: {JsonSerializer.Serialize(corpus[i])}\n");
                }

                File.WriteAllText(Path.Combine(dir, name), yaml.ToString());
                files.Add(name);
            }

            var (_, text) = Promtool.Run(dir, ["check", "rules", .. files]);
            var rejected = new Dictionary<int, string>();
            foreach (Match match in RuleError().Matches(text))
            {
                var index = (int.Parse(match.Groups[1].Value) * RulesPerFile) + int.Parse(match.Groups[2].Value) - 1;
                rejected[index] = match.Groups[3].Value;
            }

            text.Should().Contain("Checking", "promtool must have run");
            return rejected;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"^corpus(\d+)\.yml: .*?rule (\d+), ""r\d+"": (.*)$", RegexOptions.Multiline)]
    private static partial Regex RuleError();
}
