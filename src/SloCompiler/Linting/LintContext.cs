using System.Collections.Concurrent;
using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;
using SloCompiler.Text;
using SloCompiler.Threading;

namespace SloCompiler.Linting;

/// <summary>
/// The rule set under lint, lookups across it, and the diagnostics reported so far. Everything computed across
/// rules (recorded labels, duplicates) is computed up front in file order, so afterwards the lookups only read and
/// several workers can check rules at once, each through its own <see cref="ForWorker"/> context and diagnostics.
/// </summary>
internal sealed class LintContext
{
    private readonly Dictionary<string, List<(RuleFile File, Rule Rule)>> _recordings;
    private readonly HashSet<(SourceFile File, string Group, string Metric)> _recordedInGroup;
    private readonly Dictionary<(SourceFile File, string Group), TimeSpan?> _groupIntervals;
    private readonly ConcurrentDictionary<(string Metric, string Label), RecordingsByLabel> _recordingsByLabel;
    private readonly Dictionary<string, LabelSet?> _recordedLabels;
    private readonly Dictionary<string, bool> _filteringRecordings;
    private readonly Dictionary<Rule, Rule> _earlierDuplicates;
    private readonly bool _indexed;

    public LintContext(IReadOnlyList<RuleFile> files, LintConfig config)
    {
        Files = files;
        Config = config;

        // duplicates need nothing else computed here: found on another core meanwhile
        var duplicates = DeepStack.Start(() => FindDuplicates(files.SelectMany(f => f.Rules)));
        _recordings = files
            .SelectMany(f => f.Rules.Where(r => r.Kind == RuleKind.Recording && r.Name.Value.Length > 0).Select(r => (File: f, Rule: r)))
            .GroupBy(x => x.Rule.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _recordedInGroup = _recordings.Values.SelectMany(list => list.Select(x => (x.File.Source, x.Rule.GroupName, x.Rule.Name.Value))).ToHashSet();
        _groupIntervals = new Dictionary<(SourceFile, string), TimeSpan?>();
        foreach (var file in files)
        {
            foreach (var group in file.Groups)
            {
                _groupIntervals.TryAdd((file.Source, group.Name.Value), group.Interval?.Value);
            }
        }

        _recordingsByLabel = new ConcurrentDictionary<(string, string), RecordingsByLabel>();
        _recordedLabels = new Dictionary<string, LabelSet?>(StringComparer.Ordinal);
        _filteringRecordings = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var metric in _recordings.Keys)
        {
            RecordedLabels(metric);
            RecordingFilters(metric);
        }

        _earlierDuplicates = duplicates.GetAwaiter().GetResult();
        _indexed = true;
    }

    /// <summary>A context sharing <paramref name="shared"/>'s lookups, with diagnostics of its own.</summary>
    private LintContext(LintContext shared)
    {
        Files = shared.Files;
        Config = shared.Config;
        _recordings = shared._recordings;
        _recordedInGroup = shared._recordedInGroup;
        _groupIntervals = shared._groupIntervals;
        _recordingsByLabel = shared._recordingsByLabel;
        _recordedLabels = shared._recordedLabels;
        _filteringRecordings = shared._filteringRecordings;
        _earlierDuplicates = shared._earlierDuplicates;
        _indexed = true;
    }

    /// <summary>A context for one worker checking some of the rules: the same read-only lookups, its own diagnostics.</summary>
    public LintContext ForWorker() => new(this);

    public IReadOnlyList<RuleFile> Files { get; }

    public LintConfig Config { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The recording rules that write a metric name, with their files; empty when none does.</summary>
    public IReadOnlyList<(RuleFile File, Rule Rule)> RecordingsOf(string metric) =>
        _recordings.TryGetValue(metric, out var list) ? list : [];

    /// <summary>
    /// The recording rules that can write the series <paramref name="selector"/> selects: those writing its metric name
    /// whose static labels agree with its equality matchers (<c>slo:burn_rate:rate6h{slo="checkout"}</c> is written by the
    /// one rule labelled <c>slo: checkout</c>, not by the thousand others of that name). Looked up through an index per
    /// metric and label, so a fleet's alerts do not each scan every writer.
    /// </summary>
    public IReadOnlyList<(RuleFile File, Rule Rule)> RecordingsFor(VectorSelector selector)
    {
        var all = selector.Name is null ? [] : RecordingsOf(selector.Name);
        if (all.Count < 2)
        {
            return all;
        }

        var equal = selector.Matchers.Where(m => m.Operator == MatcherOperator.Equal && m.Name != "__name__").ToList();
        IReadOnlyList<(RuleFile File, Rule Rule)> candidates = all;
        foreach (var matcher in equal)
        {
            if (candidates.Count <= FewWriters)
            {
                break; // the rest is filtered below: an index per label of every selector cost more than it saved
            }

            var index = _recordingsByLabel.GetOrAdd((selector.Name!, matcher.Name), key => new RecordingsByLabel(RecordingsOf(key.Metric), key.Label));
            var narrowed = index.Writing(matcher.Value);
            if (narrowed.Count < candidates.Count)
            {
                candidates = narrowed;
            }
        }

        return candidates.Count == 0 || equal.Count == 0
            ? candidates
            : candidates.Where(w => equal.All(m => w.Rule.Label(m.Name) is not { } value || value == m.Value)).ToList();
    }

    /// <summary>Writers few enough to filter by every matcher without another index.</summary>
    private const int FewWriters = 8;

    /// <summary>The <c>interval</c> of a group (null when it has none and runs at the global evaluation interval).</summary>
    public TimeSpan? GroupInterval(SourceFile file, string group) => _groupIntervals.GetValueOrDefault((file, group));

    /// <summary>True when a recording rule of the given group of the given file writes the metric.</summary>
    public bool IsRecordedInGroup(SourceFile file, string group, string metric) => _recordedInGroup.Contains((file, group, metric));

    /// <summary>
    /// Whether some recording rule writing the metric filters its series (<see cref="QueryFilters"/>), computed once
    /// per metric name: a name can be recorded by thousands of groups (one per SLO), and every alert reading it asks.
    /// </summary>
    public bool RecordingFilters(string metric)
    {
        if (_filteringRecordings.TryGetValue(metric, out var known) || _indexed)
        {
            return known;
        }

        _filteringRecordings[metric] = false; // a recording rule reading itself must not recurse forever
        var result = RecordingsOf(metric).Any(r => r.Rule.Ast is not null && QueryFilters.Filters(r.Rule.Ast, RecordingFilters));
        _filteringRecordings[metric] = result;
        return result;
    }

    /// <summary>
    /// The labels a recorded series can have: what its recording rules' expressions produce plus their static
    /// labels, over every rule writing the name; null when a writer did not parse or the name is not recorded.
    /// </summary>
    public LabelSet? RecordedLabels(string metric)
    {
        if (_recordedLabels.TryGetValue(metric, out var known) || _indexed)
        {
            return known;
        }

        _recordedLabels[metric] = null; // a recording rule reading its own name must not recurse forever
        var writers = RecordingsOf(metric);
        LabelSet? result = null;
        if (writers.Count > 0 && writers.All(w => w.Rule.Ast is not null))
        {
            // one pass over every writer: a name recorded by one rule per SLO has thousands of writers
            var produced = new List<LabelSet>(writers.Count);
            foreach (var (_, writer) in writers)
            {
                produced.Add(LabelFlow.Of(writer.Ast!, RecordedLabels).With(writer.Labels.Select(label => label.Name.Value)));
            }

            var union = LabelSet.UnionOf(produced);
            result = union with { Reason = $"recorded by '{metric}', where {union.Reason}" };
        }

        _recordedLabels[metric] = result;
        return result;
    }

    /// <summary>The labels an expression's result can have, following recorded series into their recording rules.</summary>
    public LabelSet LabelsOf(PromQl.Syntax.Expr expr) => LabelFlow.Of(expr, RecordedLabels);

    /// <summary>The recorded expression for a name when exactly one parsed recording rule writes it.</summary>
    public Rule? SingleRecording(string metric) =>
        RecordingsOf(metric) is [var only] && only.Rule.Ast is not null ? only.Rule : null;

    /// <summary>
    /// The burn-rate conditions of an alert, grouped by <c>or</c> branch. Computed once per rule: the checks asking
    /// run one after another on the same rule, so only the last rule's branches are kept (per thread).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<BurnCondition>> BurnBranches(Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting || rule.Ast is null)
        {
            return [];
        }

        if (_lastBurnBranches is { } last && ReferenceEquals(last.Rule, rule))
        {
            return last.Branches;
        }

        var branches = BurnRateAlert.Branches(rule, this);
        _lastBurnBranches = (rule, branches);
        return branches;
    }

    [ThreadStatic]
    private static (Rule Rule, IReadOnlyList<IReadOnlyList<BurnCondition>> Branches)? _lastBurnBranches;

    /// <summary>
    /// The first rule (in file order) that duplicates <paramref name="rule"/>: a recording rule with the same name and
    /// labels (both write the same series, whatever their expressions), or an alert with the same name, labels and
    /// expression (compared in canonical form). Null when <paramref name="rule"/> is the first.
    /// </summary>
    public Rule? EarlierDuplicateOf(Rule rule) => _earlierDuplicates.GetValueOrDefault(rule);

    /// <summary>
    /// Each rule that repeats an earlier one, with that earlier rule. Rules are narrowed down by name, then labels,
    /// then (alerts only) canonical expression, so only rules that share a name and labels are ever printed: on large
    /// rule sets printing every definition was a quarter of lint's time and 50 MB of strings.
    /// </summary>
    private static Dictionary<Rule, Rule> FindDuplicates(IEnumerable<Rule> rules)
    {
        var earlier = new Dictionary<Rule, Rule>(ReferenceEqualityComparer.Instance);
        var byName = new Dictionary<(RuleKind, string), List<Rule>>();
        foreach (var rule in rules)
        {
            var key = (rule.Kind, rule.Name.Value);
            if (!byName.TryGetValue(key, out var named))
            {
                byName[key] = named = [];
            }

            named.Add(rule);
        }

        foreach (var named in byName.Values.Where(list => list.Count > 1))
        {
            foreach (var sameLabels in named.GroupBy(rule => rule, SameLabels.Instance).Where(g => g.Skip(1).Any()))
            {
                if (sameLabels.First().Kind == RuleKind.Recording)
                {
                    FindCollisions(sameLabels.ToList(), earlier);
                    continue;
                }

                // equal canonical expressions print equal leaves, so only alerts whose leaves agree are printed
                foreach (var sameLeaves in sameLabels.GroupBy(PrintedLeavesHash).Where(g => g.Skip(1).Any()))
                {
                    foreach (var group in sameLeaves.GroupBy(CanonicalExpr, StringComparer.Ordinal))
                    {
                        var first = group.First();
                        foreach (var later in group.Skip(1))
                        {
                            earlier[later] = first;
                        }
                    }
                }
            }
        }

        return earlier;
    }

    /// <summary>Recording rules compared with this many earlier ones at most; past that, one counts as a duplicate of the first (warn when unsure).</summary>
    private const int MaxRecordingsCompared = 64;

    /// <summary>
    /// Each recording rule (same name and labels) that can write a series an earlier one writes, with the first such
    /// earlier rule: <c>code=~"2.."</c> and <c>code=~"5.."</c> kept by <c>sum by (code)</c> never collide. When every
    /// rule fixes one kept label to a value (<c>job="app-1"</c> under <c>sum by (job)</c>, the usual shape of a rule
    /// per job), rules are first split by that value, since different values never collide: thousands of such rules
    /// are then compared a few at a time instead of counting as duplicates past <see cref="MaxRecordingsCompared"/>.
    /// </summary>
    private static void FindCollisions(List<Rule> rules, Dictionary<Rule, Rule> earlier)
    {
        var series = rules.Select(rule => new SeriesCollision(rule)).ToList();
        var partition = series[0].ExactLabels.FirstOrDefault(label => series.All(s => s.ExactValue(label) is not null));
        var buckets = partition is null
            ? [Enumerable.Range(0, rules.Count).ToList()]
            : Enumerable.Range(0, rules.Count).GroupBy(i => series[i].ExactValue(partition)!, StringComparer.Ordinal).Select(g => g.ToList());
        foreach (var bucket in buckets)
        {
            for (var i = 1; i < bucket.Count; i++)
            {
                var compared = Math.Min(i, MaxRecordingsCompared);
                var first = Enumerable.Range(0, compared).FirstOrDefault(e => series[bucket[e]].CanCollideWith(series[bucket[i]]), -1);
                if (first >= 0 || compared < i)
                {
                    earlier[rules[bucket[i]]] = rules[bucket[Math.Max(first, 0)]];
                }
            }
        }
    }

    private static string CanonicalExpr(Rule rule) => rule.Ast is { } ast ? PromQlPrinter.Print(ast) : rule.Expr.Value;

    /// <summary>
    /// A hash of the selectors and literals <see cref="CanonicalExpr"/> prints, in the order it prints them: alerts with
    /// one canonical expression have one hash, and a Sloth-shaped file's thousands of alerts sharing a name and labels
    /// (each SLO's selectors differ) are told apart without printing each.
    /// </summary>
    private static int PrintedLeavesHash(Rule rule)
    {
        if (rule.Ast is not { } ast)
        {
            return StringComparer.Ordinal.GetHashCode(rule.Expr.Value);
        }

        var hash = default(HashCode);
        foreach (var node in ExprTree.DescendantsAndSelf(ast))
        {
            switch (node)
            {
                case VectorSelector selector:
                    hash.Add(selector.Name, StringComparer.Ordinal);
                    foreach (var matcher in selector.Matchers)
                    {
                        hash.Add(matcher.Name, StringComparer.Ordinal);
                        hash.Add(matcher.Operator);
                        hash.Add(matcher.Value, StringComparer.Ordinal);
                    }

                    break;
                case NumberLiteral number:
                    hash.Add(number.Value);
                    break;
                case StringLiteral text:
                    hash.Add(text.Value, StringComparer.Ordinal);
                    break;
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Rules with the same static labels, in any order (a rule's label names are unique), compared without allocating.</summary>
    private sealed class SameLabels : IEqualityComparer<Rule>
    {
        public static readonly SameLabels Instance = new();

        public bool Equals(Rule? x, Rule? y) =>
            x is not null && y is not null && x.Labels.Count == y.Labels.Count && x.Labels.All(label => y.Label(label.Name.Value) == label.Value.Value);

        public int GetHashCode(Rule rule)
        {
            var hash = 0;
            foreach (var label in rule.Labels)
            {
                hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(label.Name.Value), StringComparer.Ordinal.GetHashCode(label.Value.Value));
            }

            return hash;
        }
    }

    /// <summary>
    /// The writers of one metric by the value of one static label; writers without that label can write any value.
    /// Kept as arrays: an index by a label naming the SLO has one writer per value, thousands of them per metric.
    /// </summary>
    private sealed class RecordingsByLabel
    {
        private readonly Dictionary<string, (RuleFile File, Rule Rule)[]> _byValue;
        private readonly (RuleFile File, Rule Rule)[] _unlabelled;

        public RecordingsByLabel(IReadOnlyList<(RuleFile File, Rule Rule)> writers, string label)
        {
            var byValue = new Dictionary<string, List<(RuleFile File, Rule Rule)>>(StringComparer.Ordinal);
            var unlabelled = new List<(RuleFile File, Rule Rule)>();
            foreach (var writer in writers)
            {
                if (writer.Rule.Label(label) is { } value)
                {
                    if (!byValue.TryGetValue(value, out var list))
                    {
                        byValue[value] = list = [];
                    }

                    list.Add(writer);
                }
                else
                {
                    unlabelled.Add(writer);
                }
            }

            _byValue = byValue.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
            _unlabelled = [.. unlabelled];
        }

        public IReadOnlyList<(RuleFile File, Rule Rule)> Writing(string value) =>
            _byValue.TryGetValue(value, out var labelled)
                ? _unlabelled.Length == 0 ? labelled : [.. labelled, .. _unlabelled]
                : _unlabelled;
    }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostics.Report(descriptor, span, args);
}
