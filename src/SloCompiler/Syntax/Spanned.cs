using System.Globalization;
using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>A value exactly as written, with where it was written, e.g. <c>"30d"</c> at 4:14.</summary>
/// <remarks>
/// A struct: every name, label and setting of every file read is one, and a 100,000-rule file held 850,000 of them
/// as objects, a tenth of lint's peak memory. It prints as its value (numbers as written in any culture), so a
/// message that is handed the spanned value instead of <see cref="Value"/> still says the same.
/// </remarks>
public readonly record struct Spanned<T>(T Value, SourceSpan Span)
{
    public override string ToString() =>
        Value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : Value?.ToString() ?? string.Empty;
}
