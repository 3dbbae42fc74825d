using System.Globalization;
using System.Text;

namespace SloCompiler.PromQl;

/// <summary>Prometheus' duration and number formats: parsing as 2.42 does and canonical printing.</summary>
internal static class Literals
{
    private static readonly (string Unit, long Millis)[] Units =
    [
        ("y", 365L * 24 * 3600 * 1000), ("w", 7L * 24 * 3600 * 1000), ("d", 24L * 3600 * 1000),
        ("h", 3600L * 1000), ("m", 60L * 1000), ("s", 1000), ("ms", 1),
    ];

    /// <summary>Units must appear once each, from largest to smallest, with integer amounts.</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration, out string reason)
    {
        duration = TimeSpan.Zero;
        reason = string.Empty;
        if (text == "0")
        {
            return true;
        }

        var pos = 0;
        var next = 0;
        long total = 0;
        while (pos < text.Length)
        {
            var digitsStart = pos;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            if (pos == digitsStart)
            {
                reason = "amounts must be whole numbers";
                return false;
            }

            var unit = text.Length > pos + 1 && text[pos] == 'm' && text[pos + 1] == 's' ? "ms"
                : pos < text.Length ? text[pos].ToString() : string.Empty;
            var index = Array.FindIndex(Units, next, u => u.Unit == unit);
            if (index < 0)
            {
                reason = unit.Length == 0 ? "a unit is missing" : Array.Exists(Units, u => u.Unit == unit)
                    ? "units must go from largest to smallest, each at most once" : $"'{unit}' is not a unit";
                return false;
            }

            if (!long.TryParse(text.AsSpan(digitsStart, pos - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || amount > long.MaxValue / Units[index].Millis / 10_000)
            {
                reason = "it is too large";
                return false;
            }

            total += amount * Units[index].Millis;
            pos += unit.Length;
            next = index + 1;
        }

        duration = TimeSpan.FromMilliseconds(total);
        return true;
    }

    /// <summary>Canonical form: the largest units first, e.g. 90m → 1h30m, 7d → 1w, 0 → 0s.</summary>
    public static string FormatDuration(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        if (ms == 0)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        if (ms < 0)
        {
            builder.Append('-');
            ms = -ms;
        }

        foreach (var (unit, size) in Units)
        {
            if (ms >= size)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{ms / size}{unit}");
                ms %= size;
            }
        }

        return builder.ToString();
    }

    /// <summary>Go's ParseInt(s, 0, 64) then ParseFloat: decimal, 0x hex, leading-zero octal, Inf, NaN.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        value = 0;
        var lower = text.ToLowerInvariant();
        switch (lower)
        {
            case "inf": value = double.PositiveInfinity; return true;
            case "nan": value = double.NaN; return true;
        }

        if (lower.StartsWith("0x", StringComparison.Ordinal))
        {
            if (lower.Length > 2 && lower.Skip(2).All(char.IsAsciiHexDigit)
                && ulong.TryParse(lower.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
            {
                value = hex;
                return true;
            }

            return false;
        }

        if (lower.Length > 1 && lower[0] == '0' && lower.All(c => c is >= '0' and <= '7'))
        {
            value = lower.Aggregate(0.0, (v, c) => (v * 8) + (c - '0'));
            return true;
        }

        // Go requires a digit in the mantissa and in the exponent
        var mantissa = lower.Split('e')[0];
        if (!mantissa.Any(char.IsAsciiDigit) || lower.EndsWith('e') || lower.EndsWith('+') || lower.EndsWith('-'))
        {
            return false;
        }

        return double.TryParse(lower, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Shortest round-trip form; Prometheus spells infinities +Inf/-Inf.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        return value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
    }
}
