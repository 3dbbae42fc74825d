namespace SloCompiler.Text;

/// <summary>A range of characters in a source file, e.g. the <c>99.9%</c> of an objective.</summary>
public readonly record struct SourceSpan(SourceFile File, int Start, int Length)
{
    public int End => Start + Length;

    public TextPosition StartPosition => File.GetPosition(Start);

    public TextPosition EndPosition => File.GetPosition(End);

    /// <summary>The smallest span covering both spans (same file).</summary>
    public SourceSpan Union(SourceSpan other)
    {
        var start = Math.Min(Start, other.Start);
        return new SourceSpan(File, start, Math.Max(End, other.End) - start);
    }

    /// <summary>A span inside this one, e.g. a label matcher inside a selector.</summary>
    public SourceSpan Slice(int relativeStart, int length) =>
        new(File, Start + relativeStart, Math.Max(0, Math.Min(length, Length - relativeStart)));

    public override string ToString() => $"{File.Path}({StartPosition.Line},{StartPosition.Column})";
}
