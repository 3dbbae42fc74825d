using Microsoft.CodeAnalysis.CSharp.Syntax;
using SloCompiler.Catalog;

namespace SloCompiler.Instrumentation;

/// <summary>
/// <c>System.Diagnostics.Metrics</c>: <c>meter.CreateCounter&lt;long&gt;(name, unit, description)</c> and
/// the other generic <c>Create…</c> methods, named as the OpenTelemetry Prometheus exporter exposes
/// them. Tags are chosen at each <c>Add</c>/<c>Record</c> call, so the labels stay open; literal tags
/// given to the instrument itself are recorded.
/// </summary>
internal static class MeterInstruments
{
    public static MetricType? TypeOf(string method) => method switch
    {
        "CreateCounter" or "CreateObservableCounter" => MetricType.Counter,
        "CreateHistogram" => MetricType.Histogram,
        "CreateUpDownCounter" or "CreateObservableUpDownCounter" or "CreateObservableGauge" or "CreateGauge" => MetricType.Gauge,
        _ => null,
    };

    /// <summary>Observable instruments take the callback second, so unit and description move one place right.</summary>
    public static (ExpressionSyntax? Unit, ExpressionSyntax? Description, ExpressionSyntax? Tags) Options(string method, CallArguments arguments)
    {
        var shift = method.StartsWith("CreateObservable", StringComparison.Ordinal) ? 1 : 0;
        return (arguments.Get(1 + shift, "unit"), arguments.Get(2 + shift, "description"), arguments.Get(3 + shift, "tags"));
    }
}
