using SloCompiler.Diagnostics;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Linting.Analysis;
using SloCompiler.Model;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// A raw SLI with a subquery over <c>{window}</c> (<c>avg_over_time((max(lag) &gt; bool 1000)[{window}:1m])</c>) is
/// instantiated for every window the rules use, the SLO's whole period for the budget rule included. A subquery
/// evaluates its inner expression at range ÷ step steps, one sample per inner series and step (a literal such as
/// the <c>1000</c> counts too), and a query that loads more than the engine's limit (<see cref="SampleLimits"/>) fails.
/// More steps than promtool's limit is an error (SLO146): the rule file's promtool tests cannot pass; half of it a
/// warning (SLO147), since two inner series then cross it.
/// </summary>
internal static class RawSubqueryCostCheck
{
    public static void Check(SloModel slo, RawSliSyntax raw, DiagnosticBag diagnostics)
    {
        // the costliest instance of each subquery, by its place in the written expression
        var worst = new Dictionary<int, (long Steps, PromDuration Window, Subquery Node, SourceSpan Span)>();
        foreach (var window in Windows(slo))
        {
            if (RawSliExpressionCheck.ForWindow(raw.ErrorRatio, window.ToString()) is not var (expression, locate))
            {
                return;
            }

            foreach (var subquery in ExprTree.DescendantsAndSelf(expression).OfType<Subquery>())
            {
                var steps = SampleLimits.Steps(subquery);
                var at = locate(subquery.Range);
                if (!worst.TryGetValue(at.Start, out var known) || steps > known.Steps)
                {
                    worst[at.Start] = (steps, window, subquery, at);
                }
            }
        }

        foreach (var (steps, window, subquery, span) in worst.Values.OrderBy(w => w.Span.Start))
        {
            var range = new PromDuration((long)subquery.Duration.TotalMilliseconds).ToString();
            var step = new PromDuration((long)SampleLimits.Step(subquery).TotalMilliseconds).ToString();
            var rule = window == slo.Period ? $"{window} error budget" : $"{window} window's";
            var server = SampleLimits.Server / Math.Max(1, steps);
            var serverNote = $"; a server with the default --query.max-samples of {SampleLimits.Server} fails it from {server} inner series";
            if (steps > SampleLimits.Promtool)
            {
                diagnostics.Report(DiagnosticDescriptors.RawSubqueryTooManySamples, span, steps, range, step, rule, serverNote);
            }
            else if (steps * 2 > SampleLimits.Promtool)
            {
                diagnostics.Report(DiagnosticDescriptors.RawSubqueryNearSampleLimit, span, steps, range, step, rule,
                    (SampleLimits.Promtool + steps - 1) / steps, serverNote);
            }
        }
    }

    /// <summary>Every window a raw SLI's rules instantiate: the base window, each tier's short and long windows, the period.</summary>
    private static IEnumerable<PromDuration> Windows(SloModel slo)
    {
        var windows = SloWindows.For(slo);
        return windows.Page.Concat(windows.Ticket)
            .SelectMany(w => new[] { w.Short, w.Long })
            .Append(windows.Base)
            .Append(slo.Period)
            .Distinct()
            .Order();
    }
}
