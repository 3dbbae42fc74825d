using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO420/SLO421: rate(), irate() and increase() assume a counter (they treat every drop as a reset), so
/// over a gauge they return nonsense. The catalog's type wins when it knows the metric; otherwise the
/// naming convention decides: counters end in _total, and histograms and summaries expose _count, _sum, _bucket.
/// </summary>
internal sealed class RateOfNonCounterCheck : IRuleCheck
{
    private static readonly string[] CounterSuffixes = ["_total", "_count", "_sum", "_bucket"];

    public void Check(LintContext context, Rule rule)
    {
        foreach (var call in CounterCalls(rule))
        {
            if (call.Arguments[0] is not MatrixSelector { Selector: { Name: { } name } selector })
            {
                continue;
            }

            if (context.Config.MetricTypes?.Invoke(name) is { } type)
            {
                if (type is MetricType.Gauge or MetricType.Untyped)
                {
                    context.Report(DiagnosticDescriptors.LintRateOfCatalogGauge, rule.Map(selector.Range), call.Function.Name, name, type.ToString().ToLowerInvariant());
                }
            }
            else if (!CounterSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                context.Report(DiagnosticDescriptors.LintRateOfNonCounter, rule.Map(selector.Range), call.Function.Name, name);
            }
        }
    }

    private static IEnumerable<CallExpr> CounterCalls(Rule rule) =>
        rule.Nodes<CallExpr>().Where(c => c.Function.Name is "rate" or "irate" or "increase" && c.Arguments.Count == 1);
}
