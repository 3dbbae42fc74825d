using System.Globalization;

namespace SloCompiler.Model;

/// <summary>Exact decimal rendering: <c>0.001</c>, <c>14.4</c>, <c>99.95</c>; never exponents or float artefacts.</summary>
public static class DecimalText
{
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Parses a plain decimal as written by users (<c>99.9</c>, <c>0.30</c>); no exponents, no thousands separators.</summary>
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
