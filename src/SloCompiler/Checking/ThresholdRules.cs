using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>
/// A threshold SLI: a known aggregation (SLO143), a comparison (SLO145), a numeric or duration value
/// (SLO144) and a selector (SLO111, via <see cref="SliBuilder.ParseSelector"/>).
/// </summary>
internal static class ThresholdRules
{
    /// <summary>Aggregations that turn a gauge's series into one value per group, as PromQL spells them.</summary>
    public static readonly string[] Aggregations = ["max", "min", "avg", "sum", "count"];

    private static readonly string[] Operators = ["<", "<=", ">", ">="];

    public static ThresholdSliModel? Build(ThresholdSliSyntax threshold, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (threshold.Aggregation is { } aggregation && !Aggregations.Contains(aggregation.Value, StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticDescriptors.UnknownThresholdAggregation, aggregation.Span, aggregation.Value, string.Join(", ", Aggregations));
            ok = false;
        }

        if (!Operators.Contains(threshold.Operator.Value, StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidThresholdOperator, threshold.Operator.Span, threshold.Operator.Value);
            ok = false;
        }

        var value = Value(threshold.Value.Value);
        if (value is null)
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidThresholdValue, threshold.Value.Span, threshold.Value.Value);
            ok = false;
        }

        var metric = SliBuilder.ParseSelector(threshold.Metric, diagnostics);
        return ok && metric is not null
            ? new ThresholdSliModel(metric, threshold.Aggregation?.Value, threshold.Operator.Value, value!.Value, threshold.Value.Value)
            : null;
    }

    /// <summary>A plain decimal (<c>1000</c>, <c>-0.5</c>) or a duration read in seconds (<c>30s</c>, <c>300ms</c>).</summary>
    private static decimal? Value(string text)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return PromDuration.TryParse(text, out var duration) ? duration.TotalSeconds : null;
    }
}
