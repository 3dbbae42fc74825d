using System.Text.RegularExpressions;
using SloCompiler.Model;

namespace SloCompiler.Checking;

/// <summary>Parses the text of <c>time</c> declarations: weekdays, HH:MM ranges and IANA zone names.</summary>
internal static partial class AlertmanagerTimeParser
{
    // Monday first, as Alertmanager orders weekday ranges.
    private static readonly (string Short, string Long, DayOfWeek Day)[] Days =
    [
        ("mon", "monday", DayOfWeek.Monday), ("tue", "tuesday", DayOfWeek.Tuesday), ("wed", "wednesday", DayOfWeek.Wednesday),
        ("thu", "thursday", DayOfWeek.Thursday), ("fri", "friday", DayOfWeek.Friday), ("sat", "saturday", DayOfWeek.Saturday),
        ("sun", "sunday", DayOfWeek.Sunday),
    ];

    /// <summary><c>mon</c>, <c>monday</c>, <c>mon..fri</c>; null when not a day or the range runs backwards.</summary>
    public static WeekdayRange? Weekdays(string text)
    {
        var parts = text.Split("..");
        if (parts.Length > 2 || Index(parts[0]) is not { } first)
        {
            return null;
        }

        var last = parts.Length == 2 ? Index(parts[1]) : first;
        return last is { } end && end >= first ? new WeekdayRange(Days[first].Day, Days[end].Day) : null;
    }

    /// <summary>
    /// Alertmanager's spelling: <c>monday:friday</c>, or <c>saturday</c> for one day. Alertmanager counts
    /// weeks from Sunday and rejects <c>saturday:sunday</c>, so a range ending on Sunday is split in two.
    /// </summary>
    public static IEnumerable<string> Format(WeekdayRange range)
    {
        var first = Days.First(d => d.Day == range.First).Long;
        if (range.Last == DayOfWeek.Sunday && range.First != DayOfWeek.Sunday)
        {
            yield return range.First == DayOfWeek.Saturday ? first : $"{first}:saturday";
            yield return "sunday";
            yield break;
        }

        var last = Days.First(d => d.Day == range.Last).Long;
        yield return range.First == range.Last ? first : $"{first}:{last}";
    }

    /// <summary><c>09:00-18:00</c>; the end may be <c>24:00</c>. Null when malformed or not increasing.</summary>
    public static TimeOfDayRange? Times(string text)
    {
        var match = TimeRange().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var start = Minutes(match.Groups[1].Value, match.Groups[2].Value);
        var end = Minutes(match.Groups[3].Value, match.Groups[4].Value);
        return start < end && start < 1440 && end <= 1440 ? new TimeOfDayRange(start, end) : null;
    }

    /// <summary>The shape of an IANA name (<c>UTC</c>, <c>America/Lima</c>, <c>America/Argentina/Buenos_Aires</c>).</summary>
    public static bool IsLocation(string text) => text == "UTC" || Location().IsMatch(text);

    private static int? Index(string name)
    {
        for (var i = 0; i < Days.Length; i++)
        {
            if (name == Days[i].Short || name == Days[i].Long)
            {
                return i;
            }
        }

        return null;
    }

    private static int Minutes(string hours, string minutes) => (int.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) * 60)
        + int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([01][0-9]|2[0-4]):([0-5][0-9])-([01][0-9]|2[0-4]):([0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^[A-Z][A-Za-z_+-]*(/[A-Za-z0-9_+-]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Location();
}
