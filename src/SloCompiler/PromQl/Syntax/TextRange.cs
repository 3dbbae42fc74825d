namespace SloCompiler.PromQl.Syntax;

/// <summary>
/// A range of characters inside one expression's text, e.g. <c>[5m]</c> at 12..16. Relative to
/// the expression, not to the file: <see cref="ExpressionSource"/> rebases it.
/// </summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The smallest range covering both.</summary>
    public TextRange Union(TextRange other)
    {
        var start = Math.Min(Start, other.Start);
        return new TextRange(start, Math.Max(End, other.End) - start);
    }

    public static TextRange FromBounds(int start, int end) => new(start, Math.Max(0, end - start));
}
