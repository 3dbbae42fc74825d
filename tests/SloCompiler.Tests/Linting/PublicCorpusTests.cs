using System.Globalization;
using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Linting;

/// <summary>
/// <c>slo lint</c> on the rule files people write. <c>PublicCorpus/</c> holds rule files written for this
/// repository from the patterns of public projects (each file names the project it follows: kube-prometheus,
/// the node, etcd, Thanos, Mimir, Loki, CoreDNS, Prometheus, Alertmanager and cert-manager mixins, Strimzi,
/// Ceph/Rook, GitLab's runbooks, Sloth's and Pyrra's output, exporter alert collections). Each file is linted
/// alone with the default settings, as <c>slo lint FILE</c> would, and checked by the real promtool.
/// <para>
/// Every finding is judged in <c>PublicCorpus/judgements.tsv</c> (per file and code: how many, true or false,
/// and why), so a finding that appears, disappears or changes count fails here until someone reviews it. The
/// figures — promtool verdict agreement, findings per 100 rules by code, and those judged false — are kept in
/// the README; <c>UPDATE_SNAPSHOTS=1</c> rewrites that section (the judgements are always written by hand).
/// </para>
/// </summary>
public class PublicCorpusTests
{
    private const string FiguresStart = "<!-- section:public-corpus -->";
    private const string FiguresEnd = "<!-- /section:public-corpus -->";

    private static readonly Lazy<IReadOnlyList<CorpusFile>> Corpus = new(LintCorpus);

    private static string Folder => RepoRoot.Combine("tests", "SloCompiler.Tests", "Linting", "PublicCorpus");

    [Fact]
    public void Lint_reaches_promtools_verdict_on_every_corpus_file()
    {
        var disagreements = Corpus.Value
            .Where(f => f.Accepted != f.PromtoolAccepted)
            .Select(f => $"{f.Name}: slo lint {(f.Accepted ? "accepts" : "rejects")}, promtool {(f.PromtoolAccepted ? "accepts" : "rejects")}\n{f.PromtoolOutput}")
            .ToList();

        disagreements.Should().BeEmpty();
        Corpus.Value.Should().Contain(f => !f.PromtoolAccepted, "the corpus keeps files promtool rejects, so agreement covers both verdicts");
    }

    [Fact]
    public void Every_finding_is_judged()
    {
        var judged = Judgements().ToDictionary(j => (j.File, j.Code));
        var found = Findings().ToDictionary(f => (f.File, f.Code), f => f.Count);

        var problems = new List<string>();
        foreach (var ((file, code), count) in found)
        {
            if (!judged.TryGetValue((file, code), out var judgement))
            {
                problems.Add($"unjudged: {file}\t{code}\t{count}\t(true|false)\t(why)");
            }
            else if (judgement.Count != count)
            {
                problems.Add($"{file} {code}: judged {judgement.Count}, found {count}");
            }
        }

        problems.AddRange(judged.Keys.Where(k => !found.ContainsKey(k)).Select(k => $"judged but no longer found: {k.File} {k.Code}"));

        problems.Should().BeEmpty("every finding on the public corpus is reviewed in PublicCorpus/judgements.tsv; review the change and update it");
    }

    [Fact]
    public void Findings_judged_false_stay_under_one_per_100_rules()
    {
        var rules = Corpus.Value.Sum(f => f.Rules);
        var falseFindings = Judgements().Where(j => !j.True).Sum(j => j.Count);

        (falseFindings * 100.0 / rules).Should().BeLessThan(1.0, $"{falseFindings} findings judged false over {rules} rules");
    }

    [Fact]
    public void README_keeps_the_corpus_figures()
    {
        var readmePath = RepoRoot.Combine("README.md");
        var readme = File.ReadAllText(readmePath);
        var from = readme.IndexOf(FiguresStart, StringComparison.Ordinal);
        var to = readme.IndexOf(FiguresEnd, StringComparison.Ordinal);
        from.Should().BeGreaterThan(0, $"README.md needs a {FiguresStart} … {FiguresEnd} section");

        var current = readme[(from + FiguresStart.Length)..to];
        var expected = "\n" + Figures() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(readmePath, readme[..(from + FiguresStart.Length)] + expected + readme[to..]);
            current = expected;
        }

        current.Should().Be(expected, "README's public-corpus figures are rewritten by UPDATE_SNAPSHOTS=1 from this corpus");
    }

    /// <summary>The README section: what was linted, agreement with promtool, findings per 100 rules by code.</summary>
    private static string Figures()
    {
        var files = Corpus.Value;
        var rules = files.Sum(f => f.Rules);
        var agreeing = files.Count(f => f.Accepted == f.PromtoolAccepted);
        var judgements = Judgements().ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{files.Count} files, {rules} rules ({files.Count(f => !f.PromtoolAccepted)} files promtool rejects). Same verdict as `promtool check rules`: {agreeing} of {files.Count} files.\n\n");
        text.Append("| code | severity | per 100 rules | judged false | what the findings were |\n|---|---|---:|---:|---|\n");
        foreach (var byCode in judgements.GroupBy(j => j.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var count = byCode.Sum(j => j.Count);
            var wrong = byCode.Where(j => !j.True).Sum(j => j.Count);
            var severity = DiagnosticFormatter.SeverityText(DiagnosticDescriptors.All.Single(d => d.Code == byCode.Key).Severity);
            var reasons = string.Join("; ", byCode.Select(j => j.Why).Distinct(StringComparer.Ordinal));
            text.Append(CultureInfo.InvariantCulture,
                $"| {byCode.Key} | {severity} | {count * 100.0 / rules:0.0} | {wrong} | {reasons.Replace("|", "\\|")} |\n");
        }

        var falseTotal = judgements.Where(j => !j.True).Sum(j => j.Count);
        text.Append(CultureInfo.InvariantCulture,
            $"\nFindings judged false: {falseTotal} ({falseTotal * 100.0 / rules:0.00} per 100 rules; goal: under 1).");
        return text.ToString();
    }

    private static IEnumerable<(string File, string Code, int Count)> Findings() =>
        Corpus.Value.SelectMany(f => f.Diagnostics.GroupBy(d => d.Code).Select(g => (f.Name, g.Key, g.Count())));

    /// <summary><c>file, code, count, true|false, why</c>, tab-separated; <c>#</c> lines are comments.</summary>
    private static IEnumerable<Judgement> Judgements() =>
        File.ReadAllLines(Path.Combine(Folder, "judgements.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new Judgement(cells[0], cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3] == "true", cells[4]));

    private static IReadOnlyList<CorpusFile> LintCorpus()
    {
        using var scratch = new TempDirectory();
        return Directory.EnumerateFiles(Folder)
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => LintOne(path, scratch.Path))
            .ToList();
    }

    private static CorpusFile LintOne(string path, string scratch)
    {
        var name = Path.GetFileName(path);
        var text = File.ReadAllText(path);
        var ruleFile = RuleFileReader.Read(new SourceFile(name, text));
        var result = RuleLinter.Lint([ruleFile], LintConfig.Default);

        // promtool reads plain rule files only: a PrometheusRule object is checked through its spec, as the
        // operator hands it to Prometheus (the groups of all objects of a multi-document file together).
        var promtoolInput = Path.Combine(scratch, name);
        File.WriteAllText(promtoolInput, RuleFileReader.IsPrometheusRuleObject(text) ? SpecOf(text) : text);
        var (exitCode, output) = Promtool.Run(scratch, "check", "rules", name);

        return new CorpusFile(name, ruleFile.Rules.Count(), !result.HasErrors, exitCode == 0, output, result.Diagnostics);
    }

    /// <summary>The groups of every PrometheusRule in the file (`---` separates several), as one rule file.</summary>
    private static string SpecOf(string prometheusRules)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(prometheusRules));
        var groups = new YamlSequenceNode();
        foreach (var document in stream.Documents)
        {
            var spec = (YamlMappingNode)((YamlMappingNode)document.RootNode).Children[new YamlScalarNode("spec")];
            foreach (var group in (YamlSequenceNode)spec.Children[new YamlScalarNode("groups")])
            {
                groups.Add(group);
            }
        }

        var writer = new StringWriter();
        new YamlStream(new YamlDocument(new YamlMappingNode(new YamlScalarNode("groups"), groups))).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private sealed record CorpusFile(string Name, int Rules, bool Accepted, bool PromtoolAccepted, string PromtoolOutput, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Judgement(string File, string Code, int Count, bool True, string Why);
}
