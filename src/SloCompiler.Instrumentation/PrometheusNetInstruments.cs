using Microsoft.CodeAnalysis.CSharp.Syntax;
using SloCompiler.Catalog;

namespace SloCompiler.Instrumentation;

/// <summary>
/// prometheus-net's <c>Metrics.CreateCounter(name, help, labelNames…)</c> and the same methods on a
/// <c>MetricFactory</c> (<c>Metrics.WithCustomRegistry(r).CreateHistogram(…)</c>), with label names
/// given as <c>params</c>, as an array, or as <c>new HistogramConfiguration { LabelNames = …, Buckets = … }</c>.
/// prometheus-net exposes the name exactly as written.
/// </summary>
internal static class PrometheusNetInstruments
{
    /// <summary>prometheus-net's default histogram buckets, used when a histogram names none.</summary>
    private static readonly decimal[] DefaultBuckets = [.005m, .01m, .025m, .05m, .075m, .1m, .25m, .5m, .75m, 1m, 2.5m, 5m, 7.5m, 10m];

    public static MetricType? TypeOf(string method) => method switch
    {
        "CreateCounter" => MetricType.Counter,
        "CreateGauge" => MetricType.Gauge,
        "CreateHistogram" => MetricType.Histogram,
        "CreateSummary" => MetricType.Summary,
        _ => null,
    };

    public static void ReadOptions(InstrumentBuilder metric, MetricType type, CallArguments arguments, ConstantTable constants)
    {
        var rest = arguments.Get(2, "configuration") is { } named && arguments.Positional.Count <= 2 ? [named]
            : arguments.Get(2, "labelNames") is { } labelNames && arguments.Positional.Count <= 2 ? [labelNames]
            : arguments.From(2);
        ExpressionSyntax? buckets = null;
        var bucketsGiven = false;
        if (rest.Count == 1 && rest[0] is BaseObjectCreationExpressionSyntax { Initializer: { } initializer })
        {
            foreach (var assignment in initializer.Expressions.OfType<AssignmentExpressionSyntax>())
            {
                var property = (assignment.Left as IdentifierNameSyntax)?.Identifier.Text;
                if (property == "LabelNames")
                {
                    AddLabels(metric, constants.Strings(assignment.Right));
                }
                else if (property == "Buckets")
                {
                    bucketsGiven = true;
                    buckets = assignment.Right;
                }
            }
        }
        else if (rest.Count == 1 && rest[0] is not LiteralExpressionSyntax and not InterpolatedStringExpressionSyntax)
        {
            AddLabels(metric, constants.Strings(rest[0]));
        }
        else
        {
            foreach (var label in rest)
            {
                AddLabels(metric, constants.String(label) is { } name ? [name] : null);
            }
        }

        if (type == MetricType.Histogram)
        {
            metric.Buckets = bucketsGiven ? BucketValues(buckets, constants) : DefaultBuckets;
        }
    }

    private static void AddLabels(InstrumentBuilder metric, IReadOnlyList<string>? labels)
    {
        if (labels is null)
        {
            metric.LabelsOpen = true;
            return;
        }

        metric.Labels.UnionWith(labels);
    }

    /// <summary>Literal arrays and <c>Histogram.LinearBuckets/ExponentialBuckets</c> with literal arguments.</summary>
    private static IReadOnlyList<decimal> BucketValues(ExpressionSyntax? expression, ConstantTable constants)
    {
        if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call
            && call.ArgumentList.Arguments.Count == 3
            && call.ArgumentList.Arguments.Select(a => constants.Number(a.Expression)).ToList() is [{ } start, { } step, { } count]
            && count is > 0 and <= 1000)
        {
            var generated = new List<decimal>();
            try
            {
                for (var i = 0; i < (int)count; i++)
                {
                    generated.Add(member.Name.Identifier.Text == "ExponentialBuckets" ? start * Pow(step, i) : start + (step * i));
                }
            }
            catch (OverflowException)
            {
                // Boundaries beyond decimal's range are not thresholds anyone writes; leave them unknown.
                return [];
            }

            return member.Name.Identifier.Text is "ExponentialBuckets" or "LinearBuckets" ? generated : [];
        }

        return constants.Numbers(expression)?.Distinct().Order().ToList() ?? [];
    }

    private static decimal Pow(decimal factor, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= factor;
        }

        return result;
    }
}
