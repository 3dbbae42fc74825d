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

    /// <summary>
    /// Everything after name and help: label names as <c>params</c> strings or one array, and/or a
    /// configuration object (prometheus-net 8 also takes <c>(name, help, labelNames, configuration)</c>).
    /// </summary>
    public static void ReadOptions(InstrumentBuilder metric, MetricType type, CallArguments arguments, ConstantTable constants)
    {
        var rest = arguments.From(2).ToList();
        foreach (var name in (string[])["labelNames", "configuration"])
        {
            if (arguments.Get(int.MaxValue, name) is { } named)
            {
                rest.Add(named);
            }
        }

        ExpressionSyntax? buckets = null;
        var bucketsGiven = false;
        foreach (var argument in rest)
        {
            switch (argument)
            {
                case BaseObjectCreationExpressionSyntax { Initializer: { } initializer }:
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

                    break;
                case LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax:
                    AddLabels(metric, constants.String(argument) is { } label ? [label] : null);
                    break;
                default:
                    // An array, a collection expression, or a name of a const string or a static readonly array.
                    AddLabels(metric, constants.Strings(argument));
                    break;
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
