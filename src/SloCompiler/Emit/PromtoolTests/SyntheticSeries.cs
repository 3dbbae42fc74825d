using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>A stretch of minutes with a constant number of good and bad events per minute.</summary>
internal sealed record Phase(int Minutes, decimal Good, decimal Bad);

/// <summary>
/// One input series and what it counts. Counters start high so that Prometheus' extrapolation
/// towards zero never kicks in and every series in a window is extrapolated alike.
/// </summary>
internal sealed record SyntheticSeries(
    string Metric,
    IReadOnlyDictionary<string, string> Labels,
    Func<Phase, decimal> PerMinute,
    bool IsGauge = false,
    bool OnlyErrors = false)
{
    private const decimal CounterStart = 100000m;

    public string Text =>
        Labels.Count == 0
            ? Metric
            : $"{Metric}{{{string.Join(", ", Labels.Select(l => l.Key + "=" + PromQlString.Quote(l.Value)))}}}";

    /// <summary>promtool's expanding notation: the first phase also covers the sample at t=0.</summary>
    public string Values(IReadOnlyList<Phase> phases)
    {
        var parts = new List<string>();
        var value = IsGauge ? PerMinute(phases[0]) : CounterStart;
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            var step = IsGauge ? 0m : PerMinute(phase);
            if (IsGauge)
            {
                value = PerMinute(phase);
            }
            else if (i > 0)
            {
                value += step;
            }

            var repeats = i == 0 ? phase.Minutes : phase.Minutes - 1;
            parts.Add(repeats == 0 ? Format(value) : $"{Format(value)}+{Format(step)}x{repeats}");
            value += step * repeats;
        }

        return string.Join(" ", parts);
    }

    private static string Format(decimal value) => DecimalText.Format(value);
}
