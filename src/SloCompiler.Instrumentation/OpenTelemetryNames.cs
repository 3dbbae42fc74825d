using System.Text;
using SloCompiler.Catalog;

namespace SloCompiler.Instrumentation;

/// <summary>
/// The name the OpenTelemetry Prometheus exporter gives an instrument: characters other than
/// <c>[a-zA-Z0-9_:]</c> become <c>_</c> (runs collapse to one), the unit is appended in words
/// (<c>ms</c> → <c>_milliseconds</c>, <c>By</c> → <c>_bytes</c>, <c>{request}</c> annotations dropped,
/// <c>1/s</c> → <c>_per_second</c>), and monotonic counters end in <c>_total</c>.
/// </summary>
internal static class OpenTelemetryNames
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["d"] = "days", ["h"] = "hours", ["min"] = "minutes", ["s"] = "seconds", ["ms"] = "milliseconds",
        ["us"] = "microseconds", ["ns"] = "nanoseconds", ["By"] = "bytes", ["KiBy"] = "kibibytes",
        ["MiBy"] = "mebibytes", ["GiBy"] = "gibibytes", ["TiBy"] = "tibibytes", ["KBy"] = "kilobytes",
        ["MBy"] = "megabytes", ["GBy"] = "gigabytes", ["TBy"] = "terabytes", ["m"] = "meters", ["V"] = "volts",
        ["A"] = "amperes", ["J"] = "joules", ["W"] = "watts", ["g"] = "grams", ["Cel"] = "celsius",
        ["Hz"] = "hertz", ["%"] = "percent",
    };

    private static readonly Dictionary<string, string> PerUnits = new(StringComparer.Ordinal)
    {
        ["s"] = "second", ["m"] = "minute", ["h"] = "hour", ["d"] = "day", ["w"] = "week", ["mo"] = "month", ["y"] = "year",
    };

    public static string Translate(string instrumentName, string? unit, MetricType type)
    {
        var name = Sanitize(instrumentName);
        var suffix = UnitSuffix(unit, type);
        if (suffix.Length > 0 && !name.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            name = $"{name}_{suffix}";
        }

        if (type == MetricType.Counter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }

        return name;
    }

    private static string UnitSuffix(string? unit, MetricType type)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return string.Empty;
        }

        // Curly-brace annotations ("{request}") say what is counted, not a unit: the exporter drops them.
        var withoutAnnotations = System.Text.RegularExpressions.Regex.Replace(unit, @"\{[^}]*\}", string.Empty).Trim();
        if (withoutAnnotations == "1")
        {
            return type == MetricType.Gauge ? "ratio" : string.Empty;
        }

        var slash = withoutAnnotations.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            var first = withoutAnnotations[..slash] is "1" ? string.Empty : Word(withoutAnnotations[..slash], Units);
            var per = Word(withoutAnnotations[(slash + 1)..], PerUnits);
            return per.Length == 0 ? first : first.Length == 0 ? $"per_{per}" : $"{first}_per_{per}";
        }

        return Word(withoutAnnotations, Units);
    }

    private static string Word(string unit, Dictionary<string, string> words) =>
        unit.Length == 0 ? string.Empty : words.TryGetValue(unit, out var word) ? word : Sanitize(unit).Trim('_');

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c is '_' or ':';
            if (valid)
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        if (builder.Length > 0 && char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
