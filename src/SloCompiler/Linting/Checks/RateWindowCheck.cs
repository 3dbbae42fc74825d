using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO422: functions that compare samples need at least two in the window; with a window under twice the
/// scrape interval one late or failed scrape leaves one sample and the series disappears from the result.
/// Only when the interval is known: <see cref="LintConfig.ScrapeInterval"/>.
/// </summary>
internal sealed class RateWindowCheck : IRuleCheck
{
    private static readonly HashSet<string> TwoSampleFunctions = new(StringComparer.Ordinal)
    {
        "rate", "irate", "increase", "delta", "idelta", "deriv", "predict_linear", "changes", "resets",
    };

    public void Check(LintContext context, Rule rule)
    {
        if (context.Config.ScrapeInterval is not { } interval)
        {
            return;
        }

        var minimum = interval * 2;
        foreach (var call in rule.Nodes<CallExpr>().Where(c => TwoSampleFunctions.Contains(c.Function.Name)))
        {
            if (call.Arguments.FirstOrDefault() is MatrixSelector matrix && matrix.Duration < minimum)
            {
                context.Report(
                    DiagnosticDescriptors.LintRateWindowTooShort,
                    rule.Map(matrix.Range),
                    Literals.FormatDuration(matrix.Duration),
                    Literals.FormatDuration(interval),
                    call.Function.Name,
                    Literals.FormatDuration(minimum));
            }
        }
    }
}
