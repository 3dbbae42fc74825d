namespace SloCompiler.Text;

/// <summary>
/// A <see cref="TextReader"/> over part of a string, so a parser can read one part of a large file without a
/// copy of it (<c>new StringReader(text.Substring(…))</c> copied the whole file once more, part by part).
/// </summary>
internal sealed class StringSegmentReader : TextReader
{
    private readonly string _text;
    private readonly int _end;
    private int _position;

    public StringSegmentReader(string text, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);
        _text = text;
        _position = start;
        _end = start + length;
    }

    public override int Peek() => _position < _end ? _text[_position] : -1;

    public override int Read() => _position < _end ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, _end - _position);
        _text.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override string ReadToEnd()
    {
        var rest = _text[_position.._end];
        _position = _end;
        return rest;
    }
}
