namespace SloCompiler.Targets;

/// <summary>A rule-file field or PromQL function that not every ruler has.</summary>
public enum RulerFeature
{
    /// <summary>An alerting rule's <c>keep_firing_for:</c>.</summary>
    KeepFiringFor,

    /// <summary>A group's <c>query_offset:</c>, for rulers that read data arriving late through remote write.</summary>
    QueryOffset,

    /// <summary>A group's <c>labels:</c>, added to every rule of the group.</summary>
    GroupLabels,

    /// <summary>A group's <c>partial_response_strategy:</c> (Thanos' own field).</summary>
    PartialResponseStrategy,

    /// <summary>vmalert's own group fields <c>type</c>, <c>concurrency</c> and <c>params</c>.</summary>
    VmalertGroupFields,

    /// <summary>The native-histogram functions <c>histogram_fraction</c>, <c>histogram_count</c>, <c>histogram_sum</c>.</summary>
    NativeHistogramFunctions,
}

/// <summary>
/// The ruler a rule file is written for (<c>--target</c>) and what it accepts: one row per target, read by the
/// emitters (a newer field only behind the target that has it) and by <c>slo lint --target</c> (a hand-written
/// field or function the target lacks). Where each cell comes from:
/// <list type="bullet">
/// <item><c>keep_firing_for</c>: Prometheus 2.42.0 (#11827; Debian's promtool 2.42 accepts it), Thanos 0.34.0
/// (#6943), Mimir (its ruler runs Prometheus' rule manager); vmalert 1.79's <c>-dryRun</c> refuses it ("unknown
/// fields in rule").</item>
/// <item><c>query_offset</c>: Prometheus 2.53.0 (#14061; promtool 2.42 refuses "field query_offset not found"),
/// Thanos 0.38.0 (#8158), Mimir (its rule group's <c>queryOffset</c>; <c>evaluationDelay</c> deprecated); vmalert 1.79
/// refuses it ("unknown fields in group", as for its later <c>eval_delay</c> and <c>eval_offset</c>).</item>
/// <item>group <c>labels</c>: Prometheus 3.0.0 (#11474, merged for 3.0; promtool 2.42 refuses it); vmalert 1.79
/// accepts it; not claimed for Thanos and Mimir (not verified).</item>
/// <item><c>partial_response_strategy</c>: Thanos only; promtool 2.42 and vmalert 1.79 refuse it.</item>
/// <item>group <c>type</c>, <c>concurrency</c>, <c>params</c>: vmalert's own (1.79's <c>-dryRun</c> accepts them; its later
/// <c>headers</c>, <c>notifier_headers</c>, <c>eval_offset</c> it refuses, so they stay unknown keys); promtool 2.42
/// refuses them.</item>
/// <item><c>histogram_fraction</c>/<c>_count</c>/<c>_sum</c>: Prometheus 2.40.0 (#11447, native histograms). The functions
/// are always parsed and evaluated (promtool 2.42 accepts them); only ingesting native histograms takes
/// <c>--enable-feature=native-histograms</c> (up to 3.7), a server setting, not a rule-file one, so 2.42 is a target.
/// VictoriaMetrics 1.79 answers "unknown func" for <c>histogram_fraction</c> and <c>histogram_count</c>.</item>
/// <item>PromQL syntax: <see cref="PromQl"/> says whether expressions are read as Prometheus 3 reads them
/// (<c>histogram_avg</c>, 2.51.0 #13467; <c>limitk</c>, quoted UTF-8 names …, SLO212 otherwise). Thanos and Mimir
/// run Prometheus 3's engine in their current releases; vmalert's MetricsQL is held to the 2.42 syntax.</item>
/// </list>
/// </summary>
public sealed record RulerTarget(string Name, string Describes, IReadOnlySet<RulerFeature> Features, bool Prometheus3Syntax = false)
{
    public static RulerTarget Prometheus242 { get; } = new("prometheus@2.42", "Prometheus 2.42 (Debian 12), the default",
        new HashSet<RulerFeature> { RulerFeature.KeepFiringFor, RulerFeature.NativeHistogramFunctions });

    public static RulerTarget Prometheus3 { get; } = new("prometheus@3", "Prometheus 3.x",
        new HashSet<RulerFeature>
        {
            RulerFeature.KeepFiringFor, RulerFeature.QueryOffset, RulerFeature.GroupLabels,
            RulerFeature.NativeHistogramFunctions,
        }, Prometheus3Syntax: true);

    public static RulerTarget Thanos { get; } = new("thanos", "Thanos Ruler 0.38 or later",
        new HashSet<RulerFeature>
        {
            RulerFeature.KeepFiringFor, RulerFeature.QueryOffset, RulerFeature.PartialResponseStrategy,
            RulerFeature.NativeHistogramFunctions,
        }, Prometheus3Syntax: true);

    public static RulerTarget Mimir { get; } = new("mimir", "Grafana Mimir's ruler",
        new HashSet<RulerFeature>
        {
            RulerFeature.KeepFiringFor, RulerFeature.QueryOffset, RulerFeature.NativeHistogramFunctions,
        }, Prometheus3Syntax: true);

    public static RulerTarget Vmalert { get; } = new("vmalert", "vmalert 1.79 (Debian's victoria-metrics)",
        new HashSet<RulerFeature> { RulerFeature.GroupLabels, RulerFeature.VmalertGroupFields });

    public static RulerTarget Default => Prometheus242;

    /// <summary>Every target, in the order help and docs list them.</summary>
    public static IReadOnlyList<RulerTarget> All { get; } = [Prometheus242, Prometheus3, Thanos, Mimir, Vmalert];

    /// <summary>The target of that name; null for any other text.</summary>
    public static RulerTarget? Parse(string text) => All.FirstOrDefault(t => t.Name == text);

    public bool Supports(RulerFeature feature) => Features.Contains(feature);

    /// <summary>How the target's expressions are parsed: Prometheus 3's syntax, or 2.42's.</summary>
    public PromQl.PromQlOptions PromQl => Prometheus3Syntax ? SloCompiler.PromQl.PromQlOptions.Latest : SloCompiler.PromQl.PromQlOptions.Default;

    /// <summary>The targets that have the feature, for diagnostics that suggest one.</summary>
    public static IEnumerable<string> Having(RulerFeature feature) => All.Where(t => t.Supports(feature)).Select(t => t.Name);

    /// <summary>How the feature is written in a rule file: the field or the functions.</summary>
    public static string Spelling(RulerFeature feature) => feature switch
    {
        RulerFeature.KeepFiringFor => "keep_firing_for",
        RulerFeature.QueryOffset => "query_offset",
        RulerFeature.GroupLabels => "labels",
        RulerFeature.PartialResponseStrategy => "partial_response_strategy",
        RulerFeature.VmalertGroupFields => "type, concurrency, params",
        _ => "histogram_fraction",
    };

    /// <summary>The PromQL function's feature when only some targets have it; null for a function every target has.</summary>
    public static RulerFeature? OfFunction(string function) => function switch
    {
        "histogram_fraction" or "histogram_count" or "histogram_sum" => RulerFeature.NativeHistogramFunctions,
        _ => null,
    };

    /// <summary>The group fields only some targets read, each with its feature; rule files may carry any of them.</summary>
    public static readonly IReadOnlyList<(string Key, RulerFeature Feature)> GroupFields =
    [
        ("query_offset", RulerFeature.QueryOffset),
        ("labels", RulerFeature.GroupLabels),
        ("partial_response_strategy", RulerFeature.PartialResponseStrategy),
        ("type", RulerFeature.VmalertGroupFields),
        ("concurrency", RulerFeature.VmalertGroupFields),
        ("params", RulerFeature.VmalertGroupFields),
    ];

    /// <summary>The group field's feature when only some targets have it; null for the fields every target reads.</summary>
    public static RulerFeature? OfGroupField(string key) =>
        GroupFields.FirstOrDefault(field => field.Key == key) is { Key: not null } found ? found.Feature : null;

    public override string ToString() => Name;
}
