using System.Globalization;
using SloCompiler.Live.Status;
using SloCompiler.Model;

namespace SloCompiler.Cli.Output;

/// <summary>How status numbers are printed in every format: invariant culture, fixed decimals, "-" for no data.</summary>
internal static class StatusCells
{
    public const string None = "-";

    public static string Percent(double? ratio, int decimals) =>
        ratio is { } r ? (r * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%" : None;

    public static string Objective(SloModel slo) => slo.ObjectivePercent.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    /// <summary>Whole seconds as Prometheus spells durations (<c>21m36s</c>); a spent budget is <c>0s</c>.</summary>
    public static string Outage(TimeSpan? outage) =>
        outage is { } o ? PromDuration.FromSeconds((long)Math.Round(o.TotalSeconds, MidpointRounding.AwayFromZero)).ToString() : None;

    public static string Burn(double? burn) => burn is { } b ? b.ToString("0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>The burn rate over each distinct long window, page windows first: <c>1h 0.50, 6h 0.42, …</c>.</summary>
    public static string LongBurns(SloStatus status)
    {
        var longs = status.Burns.Where((_, i) => i % 2 == 0).DistinctBy(b => b.Window);
        return string.Join(", ", longs.Select(b => $"{b.Window} {Burn(b.BurnRate)}"));
    }

    public static string Firing(bool firing) => firing ? "firing" : "no";

    public static string Verdict(StatusVerdict verdict) => verdict switch
    {
        StatusVerdict.Healthy => "healthy",
        StatusVerdict.NoData => "no-data",
        StatusVerdict.Ticket => "ticket",
        StatusVerdict.Exhausted => "exhausted",
        _ => "page",
    };

    public static string Source(StatusSource source) => source == StatusSource.Recorded ? "recorded" : "raw";

    /// <summary>Six significant digits in JSON: enough for any SLO, and stable across floating-point noise.</summary>
    public static double Round(double value) => double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
