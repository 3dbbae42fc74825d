using System.Globalization;

namespace SloCompiler.Linting.Analysis;

/// <summary>The interval every value of an expression lies in, e.g. [0, +Inf) for <c>rate(x[5m])</c>.</summary>
internal readonly record struct Bounds(double Low, double High)
{
    public static readonly Bounds All = new(double.NegativeInfinity, double.PositiveInfinity);

    public static readonly Bounds NonNegative = new(0, double.PositiveInfinity);

    public static readonly Bounds Unit = new(0, 1);

    public bool IsNonNegative => Low >= 0;

    /// <summary>Keeps the result well-formed when infinities cancel (Inf - Inf is NaN): nothing is then known.</summary>
    public static Bounds Of(double low, double high) => double.IsNaN(low) || double.IsNaN(high) ? All : new Bounds(low, high);

    public Bounds Union(Bounds other) => new(Math.Min(Low, other.Low), Math.Max(High, other.High));

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Format(Low)}, {Format(High)}{(double.IsPositiveInfinity(High) ? ")" : "]")}");

    private static string Format(double value) => double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : value.ToString("0.######", CultureInfo.InvariantCulture);
}
