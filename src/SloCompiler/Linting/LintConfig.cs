using SloCompiler.Catalog;

namespace SloCompiler.Linting;

/// <summary>
/// What the linter assumes about the monitoring setup, read from <c>.slo-lint.yml</c> by
/// <see cref="LintConfigReader"/> or built in code. <see cref="Default"/> matches Prometheus' default
/// 1m scrape interval and the labels and annotations the generated alerts carry.
/// </summary>
public sealed record LintConfig
{
    /// <summary>Scrape interval 1m, required label severity, required annotations summary and runbook_url, no overrides.</summary>
    public static readonly LintConfig Default = new();

    /// <summary>
    /// The scrape interval, when known (<c>scrape_interval</c>, or <c>--prometheus-config</c>); rate windows shorter
    /// than twice it are flagged (SLO422). Null when nobody said: real setups scrape anywhere from 15s to 1m, so
    /// guessing one would flag most rules of most projects.
    /// </summary>
    public TimeSpan? ScrapeInterval { get; init; }

    /// <summary>
    /// The ruler the files are written for (<c>target:</c>, or <c>slo lint --target</c>): a field or function it
    /// lacks is SLO442/SLO443. Prometheus 2.42 unless said.
    /// </summary>
    public Targets.RulerTarget Target { get; init; } = Targets.RulerTarget.Default;

    /// <summary>Whether the lint settings name the ruler (<c>target:</c>), which then wins over the project's <c>compile.target</c>.</summary>
    public bool TargetWritten { get; init; }

    /// <summary>
    /// The ruler lint checks against, most specific first: <c>--target</c> (<paramref name="option"/>), the lint
    /// settings' <c>target:</c>, the project file's <c>compile.target</c> (<paramref name="projectRuler"/>, the ruler
    /// the project compiles for), else Prometheus 2.42.
    /// </summary>
    public LintConfig ForRuler(Targets.RulerTarget? option, Targets.RulerTarget? projectRuler) => option switch
    {
        not null => this with { Target = option },
        null when !TargetWritten && projectRuler is not null => this with { Target = projectRuler },
        _ => this,
    };

    /// <summary>Labels every alert needs (SLO435).</summary>
    public IReadOnlyList<string> RequiredLabels { get; init; } = ["severity"];

    /// <summary>Annotations every alert needs (SLO436).</summary>
    public IReadOnlyList<string> RequiredAnnotations { get; init; } = ["summary", "runbook_url"];

    /// <summary>Per-code severity overrides, e.g. <c>SLO429 → Off</c>.</summary>
    public IReadOnlyDictionary<string, LintSeverity> Severities { get; init; } = new Dictionary<string, LintSeverity>();

    /// <summary>
    /// Looks a metric name up in a metric catalog; null when the catalog does not know it. When set, rate()
    /// over a metric the catalog types as anything but a counter or histogram/summary series is SLO421.
    /// </summary>
    public Func<string, MetricType?>? MetricTypes { get; init; }
}
