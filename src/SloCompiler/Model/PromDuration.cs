using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SloCompiler.Model;

/// <summary>
/// A Prometheus duration in whole milliseconds, e.g. <c>1h30m</c>. Formatting is canonical
/// (largest units first, no zero parts) so every emitted window reads cleanly.
/// </summary>
public readonly partial record struct PromDuration(long Milliseconds) : IComparable<PromDuration>
{
    private static readonly (string Unit, long Ms)[] Units =
    [
        ("w", 7L * 24 * 3600 * 1000), ("d", 24L * 3600 * 1000), ("h", 3600L * 1000),
        ("m", 60L * 1000), ("s", 1000L), ("ms", 1L),
    ];

    public static PromDuration FromSeconds(long seconds) => new(seconds * 1000);

    public static PromDuration FromMinutes(long minutes) => new(minutes * 60_000);

    public static PromDuration FromHours(long hours) => new(hours * 3_600_000);

    public static PromDuration FromDays(long days) => new(days * 86_400_000);

    public decimal TotalSeconds => Milliseconds / 1000m;

    public decimal TotalMinutes => Milliseconds / 60_000m;

    public decimal TotalHours => Milliseconds / 3_600_000m;

    public decimal TotalDays => Milliseconds / 86_400_000m;

    /// <summary>Parses Prometheus duration syntax (<c>y w d h m s ms</c>, units in descending order).</summary>
    public static bool TryParse(string text, out PromDuration duration)
    {
        duration = default;
        var match = DurationPattern().Match(text);
        if (!match.Success || text.Length == 0)
        {
            return false;
        }

        long total = 0;
        string[] groups = ["y", "w", "d", "h", "m", "s", "ms"];
        long[] factors = [365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
        for (var i = 0; i < groups.Length; i++)
        {
            var group = match.Groups[groups[i]];
            if (group.Success && long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                total = checked(total + value * factors[i]);
            }
        }

        duration = new PromDuration(total);
        return total > 0;
    }

    /// <summary>Canonical Prometheus text: <c>2d19h12m</c>, <c>4m40s</c>, <c>500ms</c>; weeks are not used.</summary>
    public override string ToString()
    {
        if (Milliseconds == 0)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        var rest = Milliseconds;
        foreach (var (unit, ms) in Units)
        {
            if (unit == "w")
            {
                continue; // "14d" reads better than "2w" next to "30d" periods
            }

            var count = rest / ms;
            if (count > 0)
            {
                builder.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest -= count * ms;
            }
        }

        return builder.ToString();
    }

    /// <summary>Plain words for reports: "30 days", "1 hour", "4.8 minutes".</summary>
    public string ToWords()
    {
        static string Plural(decimal value, string unit) =>
            value.ToString("0.##", CultureInfo.InvariantCulture) + " " + unit + (value == 1 ? string.Empty : "s");

        if (Milliseconds % 86_400_000 == 0)
        {
            return Plural(TotalDays, "day");
        }

        if (Milliseconds >= 3_600_000)
        {
            return Plural(TotalHours, "hour");
        }

        return Milliseconds >= 60_000 ? Plural(TotalMinutes, "minute") : Plural(TotalSeconds, "second");
    }

    public int CompareTo(PromDuration other) => Milliseconds.CompareTo(other.Milliseconds);

    public static bool operator <(PromDuration a, PromDuration b) => a.Milliseconds < b.Milliseconds;

    public static bool operator >(PromDuration a, PromDuration b) => a.Milliseconds > b.Milliseconds;

    public static bool operator <=(PromDuration a, PromDuration b) => a.Milliseconds <= b.Milliseconds;

    public static bool operator >=(PromDuration a, PromDuration b) => a.Milliseconds >= b.Milliseconds;

    public static PromDuration operator *(PromDuration a, long factor) => new(a.Milliseconds * factor);

    [GeneratedRegex(@"^(?:(?<y>\d+)y)?(?:(?<w>\d+)w)?(?:(?<d>\d+)d)?(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?(?:(?<ms>\d+)ms)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
