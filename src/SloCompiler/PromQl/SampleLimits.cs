using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>
/// How many samples one query may load, and what a subquery costs against it. Prometheus 2.42's
/// <c>promtool test rules</c> builds its engine with 10,000 (promql/test.go, LazyLoader; still so in 3.x);
/// a server takes <c>--query.max-samples</c>, 50,000,000 by default. A subquery evaluates its inner
/// expression at range ÷ step steps, one sample per inner series and step, a literal included.
/// </summary>
internal static class SampleLimits
{
    public const long Promtool = 10_000;

    public const long Server = 50_000_000;

    /// <summary>The step of a subquery written without one (<c>[1d:]</c>): Prometheus' default evaluation interval, and the generated tests'.</summary>
    public static readonly TimeSpan DefaultSubqueryStep = TimeSpan.FromMinutes(1);

    public static long Steps(Subquery subquery) => (long)(subquery.Duration / (subquery.Step ?? DefaultSubqueryStep));

    public static TimeSpan Step(Subquery subquery) => subquery.Step ?? DefaultSubqueryStep;
}
