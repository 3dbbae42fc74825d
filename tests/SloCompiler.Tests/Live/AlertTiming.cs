namespace SloCompiler.Tests.Live;

/// <summary>
/// How an alert's replayed timeline is compared: <see cref="Interval"/> is its group's evaluation interval
/// (a firing sample counts for that long), <see cref="LatestShift"/> how many minutes later than promtool it
/// may fire. One minute (one evaluation) for every alert, except an <c>absent()</c> of a recording: when a
/// recording stops, Prometheus writes a staleness marker and the series is gone at once, while vmalert's
/// replay writes none and VictoriaMetrics keeps the last sample visible for the lookback (5m here), so the
/// no-data alert of an SLI recorded as one series fires up to 5 minutes later than promtool says.
/// </summary>
internal sealed record AlertTiming(TimeSpan Interval, int LatestShift)
{
    public const int LookbackMinutes = 5;
}
