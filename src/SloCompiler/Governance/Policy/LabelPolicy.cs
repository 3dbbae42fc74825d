using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Governance.Policy;

/// <summary>
/// Label governance and coverage rules (seed 001's tables 22 and 23): which labels each metric may
/// carry, which labels are forbidden everywhere for their cardinality, which labels aggregations
/// must keep, how many series a recording rule or SLO may produce, which gaps are waived and which
/// gaps fail the lint.
/// </summary>
public sealed record LabelPolicy(
    IReadOnlyList<string> ForbiddenLabels,
    IReadOnlyList<AllowedLabels> AllowedLabels,
    IReadOnlyList<string> KeepLabels,
    SeriesBudgets Budgets,
    IReadOnlyList<Waiver> Waivers,
    IReadOnlyDictionary<GapKind, GapSeverity> GapSeverities)
{
    /// <summary>High-cardinality labels forbidden unless a policy removes them: one series per user, request or URL.</summary>
    public static readonly IReadOnlyList<string> DefaultForbiddenLabels =
        ["client_ip", "email", "ip", "path", "request_id", "session_id", "span_id", "trace_id", "uri", "url", "user_id"];

    /// <summary>The policy in force when none is given: default forbidden labels, every gap an error.</summary>
    public static LabelPolicy Default { get; } = new(DefaultForbiddenLabels, [], [], SeriesBudgets.None, [], new Dictionary<GapKind, GapSeverity>());

    public bool IsForbidden(string label) => ForbiddenLabels.Contains(label, StringComparer.Ordinal);

    /// <summary>The allowed labels of the first rule whose pattern matches the metric, or null when no rule names it.</summary>
    public AllowedLabels? AllowedFor(string metric) => AllowedLabels.FirstOrDefault(a => a.Matches(metric));

    public GapSeverity SeverityOf(GapKind kind) => GapSeverities.TryGetValue(kind, out var severity) ? severity : GapSeverity.Error;

    /// <summary>The descriptor a gap is reported with: lowered to a warning, or null when the policy turns the gap off.</summary>
    public DiagnosticDescriptor? Graded(GapKind kind, DiagnosticDescriptor descriptor) => SeverityOf(kind) switch
    {
        GapSeverity.Off => null,
        GapSeverity.Warning => descriptor with { Severity = DiagnosticSeverity.Warning },
        _ => descriptor,
    };

    /// <summary>The waiver covering a gap of a service (and SLO, when the waiver names one), or null.</summary>
    public Waiver? WaiverFor(GapKind kind, string service, string? slo = null) =>
        Waivers.FirstOrDefault(w => w.Gap == kind && w.Service == service && (w.Slo is null || w.Slo == slo));
}

/// <summary>
/// <c>{ metric: "redis_*", labels: [env, instance] }</c>. Family suffixes (<c>_bucket</c>, <c>_total</c>…) of
/// a histogram or counter match the family's rule too, so <c>http_request_duration</c> covers its series.
/// </summary>
public sealed record AllowedLabels(string Pattern, IReadOnlyList<string> Labels, SourceSpan Span)
{
    private static readonly string[] Suffixes = ["_bucket", "_sum", "_count", "_total", "_seconds", "_milliseconds"];

    /// <summary>Labels every series has whatever the metric: set by Prometheus or by the histogram itself.</summary>
    public static readonly IReadOnlyList<string> Implicit = ["job", "instance", "le", "quantile"];

    public bool Matches(string metric)
    {
        var candidate = metric;
        while (true)
        {
            if (Glob.IsMatch(Pattern, candidate))
            {
                return true;
            }

            var suffix = Suffixes.FirstOrDefault(s => candidate.EndsWith(s, StringComparison.Ordinal) && candidate.Length > s.Length);
            if (suffix is null)
            {
                return false;
            }

            candidate = candidate[..^suffix.Length];
        }
    }

    public bool Allows(string label) => Labels.Contains(label, StringComparer.Ordinal) || Implicit.Contains(label, StringComparer.Ordinal);
}

/// <summary>
/// Series budgets; null means unlimited. <see cref="PerRule"/> bounds each generated recording rule,
/// the SLO budget (<see cref="DefaultPerSlo"/>, or <see cref="PerSlo"/> keyed by <c>service/slo</c>) all
/// recording rules of one SLO together.
/// </summary>
public sealed record SeriesBudgets(long? PerRule, long? DefaultPerSlo, IReadOnlyDictionary<string, long> PerSlo)
{
    public static SeriesBudgets None { get; } = new(null, null, new Dictionary<string, long>());

    /// <summary>The budget all recording rules of one SLO must stay under together.</summary>
    public long? ForSlo(string service, string slo) => PerSlo.TryGetValue($"{service}/{slo}", out var budget) ? budget : DefaultPerSlo;
}

/// <summary><c>{ service: legacy-batch, gap: service_without_slo, reason: "decommissioned in Q3" }</c>.</summary>
public sealed record Waiver(GapKind Gap, string Service, string? Slo, string Reason);
