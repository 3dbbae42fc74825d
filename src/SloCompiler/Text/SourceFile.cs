namespace SloCompiler.Text;

/// <summary>A source text with its path and precomputed line starts, e.g. <c>examples/payments.slo</c>.</summary>
public sealed class SourceFile
{
    private readonly int[] _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path.Replace('\\', '/');
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path as given by the user, with forward slashes; printed in diagnostics.</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>Zero-based line index of an offset.</summary>
    public int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Text.Length));
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>One-based line and column of an offset; the column counts UTF-16 characters.</summary>
    public TextPosition GetPosition(int offset)
    {
        var line = GetLineIndex(offset);
        return new TextPosition(line + 1, Math.Clamp(offset, 0, Text.Length) - _lineStarts[line] + 1);
    }

    /// <summary>The text of a zero-based line, without its line break.</summary>
    public string GetLineText(int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    /// <summary>The offset of a one-based line and column (as YamlDotNet reports them).</summary>
    public int GetOffset(int line, int column)
    {
        var lineIndex = Math.Clamp(line - 1, 0, _lineStarts.Length - 1);
        return Math.Clamp(_lineStarts[lineIndex] + column - 1, 0, Text.Length);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // a lone carriage return ends a line too (old Mac files): YAML and promtool read it as a line break
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
