using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Linting;

/// <summary>The rule set under lint, lookups across it, and the diagnostics reported so far.</summary>
internal sealed class LintContext
{
    private readonly Dictionary<string, List<(RuleFile File, Rule Rule)>> _recordings;
    private readonly HashSet<(SourceFile File, string Group, string Metric)> _recordedInGroup;
    private readonly Dictionary<string, bool> _filteringRecordings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LabelSet?> _recordedLabels = new(StringComparer.Ordinal);
    private Dictionary<Rule, string>? _definitions;
    private Dictionary<string, Rule>? _firstWithDefinition;
    private readonly Dictionary<Rule, IReadOnlyList<IReadOnlyList<BurnCondition>>> _burnBranches = new(ReferenceEqualityComparer.Instance);

    public LintContext(IReadOnlyList<RuleFile> files, LintConfig config)
    {
        Files = files;
        Config = config;
        _recordings = files
            .SelectMany(f => f.Rules.Where(r => r.Kind == RuleKind.Recording && r.Name.Value.Length > 0).Select(r => (File: f, Rule: r)))
            .GroupBy(x => x.Rule.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _recordedInGroup = _recordings.Values.SelectMany(list => list.Select(x => (x.File.Source, x.Rule.GroupName, x.Rule.Name.Value))).ToHashSet();
    }

    public IReadOnlyList<RuleFile> Files { get; }

    public LintConfig Config { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The recording rules that write a metric name, with their files; empty when none does.</summary>
    public IReadOnlyList<(RuleFile File, Rule Rule)> RecordingsOf(string metric) =>
        _recordings.TryGetValue(metric, out var list) ? list : [];

    /// <summary>True when a recording rule of the given group of the given file writes the metric.</summary>
    public bool IsRecordedInGroup(SourceFile file, string group, string metric) => _recordedInGroup.Contains((file, group, metric));

    /// <summary>
    /// Whether some recording rule writing the metric filters its series, computed once per metric name: a
    /// name can be recorded by thousands of groups (one per SLO), and every alert reading it asks.
    /// </summary>
    public bool AnyRecordingFilters(string metric, Func<Rule, bool> filters)
    {
        if (!_filteringRecordings.TryGetValue(metric, out var result))
        {
            _filteringRecordings[metric] = false; // a recording rule reading itself must not recurse forever
            result = RecordingsOf(metric).Any(r => r.Rule.Ast is not null && filters(r.Rule));
            _filteringRecordings[metric] = result;
        }

        return result;
    }

    /// <summary>
    /// The labels a recorded series can have: what its recording rules' expressions produce plus their static
    /// labels, over every rule writing the name; null when a writer did not parse or the name is not recorded.
    /// </summary>
    public LabelSet? RecordedLabels(string metric)
    {
        if (_recordedLabels.TryGetValue(metric, out var known))
        {
            return known;
        }

        _recordedLabels[metric] = null; // a recording rule reading its own name must not recurse forever
        var writers = RecordingsOf(metric);
        LabelSet? result = null;
        if (writers.Count > 0 && writers.All(w => w.Rule.Ast is not null))
        {
            foreach (var (_, writer) in writers)
            {
                var produced = writer.Labels.Aggregate(LabelFlow.Of(writer.Ast!, RecordedLabels), (set, label) => set.With(label.Name.Value));
                produced = produced with { Reason = $"recorded by '{metric}', where {produced.Reason}" };
                result = result is null ? produced : result.Union(produced);
            }
        }

        _recordedLabels[metric] = result;
        return result;
    }

    /// <summary>The labels an expression's result can have, following recorded series into their recording rules.</summary>
    public LabelSet LabelsOf(PromQl.Syntax.Expr expr) => LabelFlow.Of(expr, RecordedLabels);

    /// <summary>The recorded expression for a name when exactly one parsed recording rule writes it.</summary>
    public Rule? SingleRecording(string metric) =>
        RecordingsOf(metric) is [var only] && only.Rule.Ast is not null ? only.Rule : null;

    /// <summary>The burn-rate conditions of an alert, grouped by <c>or</c> branch (computed once per rule).</summary>
    public IReadOnlyList<IReadOnlyList<BurnCondition>> BurnBranches(Rule rule)
    {
        if (!_burnBranches.TryGetValue(rule, out var branches))
        {
            branches = BurnRateAlert.Branches(rule, this);
            _burnBranches[rule] = branches;
        }

        return branches;
    }

    /// <summary>
    /// The first rule (in file order) that duplicates <paramref name="rule"/>: a recording rule with the same name and
    /// labels (both write the same series, whatever their expressions), or an alert with the same name, labels and
    /// expression (compared in canonical form). Null when <paramref name="rule"/> is the first.
    /// </summary>
    public Rule? EarlierDuplicateOf(Rule rule)
    {
        if (_definitions is null)
        {
            // each definition is printed once: canonical printing is the costly part on large rule sets
            _definitions = new Dictionary<Rule, string>(ReferenceEqualityComparer.Instance);
            _firstWithDefinition = new Dictionary<string, Rule>(StringComparer.Ordinal);
            foreach (var each in Files.SelectMany(f => f.Rules))
            {
                var definition = Definition(each);
                _definitions[each] = definition;
                _firstWithDefinition.TryAdd(definition, each);
            }
        }

        var first = _firstWithDefinition![_definitions[rule]];
        return ReferenceEquals(first, rule) ? null : first;
    }

    private static string Definition(Rule rule)
    {
        var expr = rule.Kind == RuleKind.Recording ? string.Empty : rule.Ast is { } ast ? PromQlPrinter.Print(ast) : rule.Expr.Value;
        var labels = rule.Labels.Select(l => $"{l.Name.Value}={l.Value.Value}").Order(StringComparer.Ordinal);
        return string.Join("\n", [rule.Kind.ToString(), rule.Name.Value, expr, .. labels]);
    }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Diagnostics.Report(descriptor, span, args);
}
