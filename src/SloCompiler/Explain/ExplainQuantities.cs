using System.Globalization;
using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>Time units the reports speak in; weeks are left out so periods read "28 days" like the DSL.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
}

/// <summary>
/// Language-neutral numbers for the reports. Everything goes through the invariant culture because
/// the seeds' reports use a decimal point in both languages and a tr-TR or es-ES machine must not
/// change the text.
/// </summary>
internal static class ExplainQuantities
{
    private const decimal MsPerSecond = 1000m;
    private const decimal MsPerMinute = 60_000m;
    private const decimal MsPerHour = 3_600_000m;
    private const decimal MsPerDay = 86_400_000m;

    /// <summary>99.9 → "99.9%"; exact, as the user wrote it.</summary>
    public static string Percent(decimal percent) => DecimalText.Format(percent) + "%";

    /// <summary>A budget fraction (0.02) as a percentage of the budget: "2%".</summary>
    public static string FractionPercent(decimal fraction) => Percent(fraction * 100m);

    /// <summary>Whole numbers without grouping separators: the seeds write "1000 requests".</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Up to two decimals, point separator.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A configured window, exactly: whole days stay days ("3 days"), anything from an hour up reads
    /// in hours ("1.4 hours" for 1h24m) so scaled windows never turn into unit soup.
    /// </summary>
    public static (decimal Value, TimeUnit Unit) Window(PromDuration duration)
    {
        var ms = duration.Milliseconds;
        if (ms > 0 && ms % 86_400_000 == 0)
        {
            return (ms / MsPerDay, TimeUnit.Day);
        }

        if (ms >= 3_600_000)
        {
            return (ms / MsPerHour, TimeUnit.Hour);
        }

        return ms >= 60_000 ? (ms / MsPerMinute, TimeUnit.Minute) : (ms / MsPerSecond, TimeUnit.Second);
    }

    /// <summary>
    /// A computed amount of time (period × budget), rounded to one decimal in the largest unit that
    /// keeps it at least 1: 43.2 minutes, 7.2 hours. The unit is chosen after rounding so that
    /// 59.97 minutes reads "1 hour", not "60 minutes".
    /// </summary>
    public static (decimal Value, TimeUnit Unit) Amount(decimal milliseconds)
    {
        (decimal Size, TimeUnit Unit)[] units =
        [
            (MsPerDay, TimeUnit.Day), (MsPerHour, TimeUnit.Hour), (MsPerMinute, TimeUnit.Minute),
        ];
        foreach (var (size, unit) in units)
        {
            var value = Round(milliseconds / size);
            if (value >= 1m)
            {
                return (value, unit);
            }
        }

        return (Round(milliseconds / MsPerSecond), TimeUnit.Second);
    }

    /// <summary>The time the whole budget lasts if everything fails: period × (1 − objective).</summary>
    public static decimal BudgetMilliseconds(SloModel slo) => slo.Period.Milliseconds * slo.ErrorBudget;

    /// <summary>
    /// "Out of every N, at most K": the smallest power of ten (100 at least, as in the seeds' "de cada
    /// 100 solicitudes") for which the budget is a whole number of events. Null when the budget has
    /// more decimals than a sentence can carry.
    /// </summary>
    public static (long Total, long Allowed)? OutOfEvery(decimal errorBudget)
    {
        if (errorBudget <= 0m)
        {
            return null;
        }

        for (long total = 100; total <= 1_000_000_000; total *= 10)
        {
            var allowed = errorBudget * total;
            if (allowed == decimal.Truncate(allowed))
            {
                return (total, (long)allowed);
            }
        }

        return null;
    }

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
