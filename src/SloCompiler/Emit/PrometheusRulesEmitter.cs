using SloCompiler.Emit.Prometheus;
using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit;

/// <summary>
/// One service → <c>prometheus/&lt;service&gt;.rules.yml</c>: per SLO, a rule group with base-rate
/// recordings, short burn rates, multi-window multi-burn-rate alerts and the objective, and slower
/// groups for the long burn rates and the remaining budget.
/// </summary>
public static class PrometheusRulesEmitter
{
    /// <summary>Expressions longer than this go into a literal block, split for reading.</summary>
    private const int SingleLineLimit = 100;

    public static OutputFile Emit(ServiceModel service) => Emit(service, EmitOptions.Default);

    public static OutputFile Emit(ServiceModel service, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = YamlWriter.Map([new("groups", new YamlSequenceNode(Groups(service, options)))]);
        return new OutputFile(Conventions.RulesPath(service), YamlWriter.Serialize(root, [Conventions.Header(service)]));
    }

    /// <summary>
    /// Whether the service's rule file carries a <c>query_offset</c>, which promtool before 2.53 refuses and later
    /// versions apply to <c>promtool test rules</c> too, moving every expected alert by the offset.
    /// </summary>
    public static bool WritesQueryOffset(ServiceModel service, EmitOptions options) =>
        options.Ruler.Supports(Targets.RulerFeature.QueryOffset) && service.Slos.Any(s => s.QueryOffset is not null);

    /// <summary>
    /// <c>tests/&lt;service&gt;.promtool.rules.yml</c>: the rule file's groups without <c>query_offset</c>, which the
    /// promtool tests load instead of the rule file when it has one (<see cref="WritesQueryOffset"/>). The offset only
    /// delays when the ruler reads; the rules' logic, which the tests pin, is the same, and every promtool reads this.
    /// </summary>
    public static OutputFile EmitForPromtool(ServiceModel service, EmitOptions options)
    {
        var groups = service.Slos.SelectMany(slo => SloGroups(service, slo, options.MaxRulesPerGroup, queryOffset: null)).ToList();
        var root = YamlWriter.Map([new("groups", new YamlSequenceNode(groups))]);
        return new OutputFile(Conventions.PromtoolRulesPath(service), YamlWriter.Serialize(root,
        [
            Conventions.Header(service),
            $"# The groups of {Conventions.RulesPathFromTests(service)} without query_offset, for promtool test rules: the offset only delays",
            "# when the ruler reads (promtool 2.53+ would move every expected alert by it; 2.42 refuses the field).",
        ]));
    }

    internal static IReadOnlyList<Rule> Rules(ServiceModel service, SloModel slo) => new SloRuleBuilder(service, slo).Build();

    /// <summary>
    /// The rule groups of the rules file, in file order. Other emitters (the Kubernetes
    /// <c>PrometheusRule</c>) embed these same nodes so both outputs can never disagree.
    /// </summary>
    internal static IReadOnlyList<YamlMappingNode> Groups(ServiceModel service, EmitOptions options) =>
        service.Slos.SelectMany(slo => SloGroups(service, slo, options.MaxRulesPerGroup, QueryOffset(slo, options))).ToList();

    /// <summary>The SLO's <c>query_offset</c> where the ruler reads the field; the checker refuses it elsewhere (SLO153).</summary>
    private static PromDuration? QueryOffset(SloModel slo, EmitOptions options) =>
        options.Ruler.Supports(Targets.RulerFeature.QueryOffset) ? slo.QueryOffset : null;

    /// <summary>
    /// The groups of one SLO: one per evaluation interval its rules use (<see cref="WindowCadence"/>), the
    /// slower ones first and named <c>…-every-4m</c>, then the SLO's own group under its usual name; each
    /// in consecutive chunks of at most <paramref name="maxRules"/> rules (named <c>…-2</c>, <c>…-3</c>)
    /// when a ruler caps group size. Rule order is kept, so a chunk only reads recordings of itself or
    /// of groups before it: the alerts, in the SLO's own group, come after the long windows they read,
    /// which matters where groups run one after another (promtool, <c>create-blocks-from rules</c>).
    /// </summary>
    internal static IEnumerable<(string Name, PromDuration Interval, IReadOnlyList<Rule> Rules)> SloGroupPlan(
        ServiceModel service, SloModel slo, int? maxRules)
    {
        var rules = Rules(service, slo);
        var byInterval = rules
            .GroupBy(r => r.Interval ?? slo.EvaluationInterval)
            .OrderByDescending(g => g.Key);
        foreach (var cadence in byInterval)
        {
            var name = cadence.Key == slo.EvaluationInterval ? Conventions.GroupName(slo) : Conventions.GroupName(slo, cadence.Key);
            var list = cadence.ToList();
            var chunks = list.Chunk(Math.Max(1, maxRules ?? list.Count)).ToList();
            for (var i = 0; i < chunks.Count; i++)
            {
                yield return (i == 0 ? name : $"{name}-{i + 1}", cadence.Key, chunks[i]);
            }
        }
    }

    private static IEnumerable<YamlMappingNode> SloGroups(ServiceModel service, SloModel slo, int? maxRules, PromDuration? queryOffset) =>
        SloGroupPlan(service, slo, maxRules).Select(g => Group(g.Name, g.Interval, queryOffset, g.Rules));

    private static YamlMappingNode Group(string name, PromDuration interval, PromDuration? queryOffset, IEnumerable<Rule> rules)
    {
        var entries = new List<KeyValuePair<string, YamlNode>>
        {
            new("name", YamlWriter.String(name)),
            new("interval", YamlWriter.Plain(interval.ToString())),
        };
        if (queryOffset is { } offset)
        {
            entries.Add(new("query_offset", YamlWriter.Plain(offset.ToString())));
        }

        entries.Add(new("rules", new YamlSequenceNode(rules.Select(RuleNode))));
        return YamlWriter.Map(entries);
    }

    private static YamlMappingNode RuleNode(Rule rule)
    {
        var entries = new List<KeyValuePair<string, YamlNode>>();
        if (rule.Record is { } record)
        {
            entries.Add(new("record", YamlWriter.String(record)));
        }
        else
        {
            entries.Add(new("alert", YamlWriter.String(rule.Alert!)));
        }

        entries.Add(new("expr", YamlWriter.Text(Layout(rule.Expression))));
        if (rule.For is { } forDuration)
        {
            entries.Add(new("for", YamlWriter.Plain(forDuration.ToString())));
        }

        if (rule.KeepFiringFor is { } keepFiringFor)
        {
            entries.Add(new("keep_firing_for", YamlWriter.Plain(keepFiringFor.ToString())));
        }

        if (rule.Labels.Count > 0)
        {
            entries.Add(new("labels", YamlWriter.StringMap(rule.Labels)));
        }

        if (rule.Annotations.Count > 0)
        {
            entries.Add(new("annotations", YamlWriter.StringMap(rule.Annotations)));
        }

        return YamlWriter.Map(entries);
    }

    /// <summary>Short expressions read best on one line; long ones keep the builder's line breaks.</summary>
    private static string Layout(string expression)
    {
        if (!expression.Contains('\n', StringComparison.Ordinal))
        {
            return expression;
        }

        var lines = expression.Split('\n').Select(l => l.Trim()).ToList();
        var builder = new System.Text.StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            // Builder-made parentheses open at a line end and close at a line start: no space there.
            var tight = lines[i - 1].EndsWith('(') || lines[i].StartsWith(')');
            builder.Append(tight ? string.Empty : " ").Append(lines[i]);
        }

        var joined = builder.ToString();
        return joined.Length <= SingleLineLimit ? joined : expression;
    }
}
