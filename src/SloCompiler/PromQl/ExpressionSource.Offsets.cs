using System.Text;

namespace SloCompiler.PromQl;

/// <summary>Where each character of a decoded value is written, kept as runs of consecutive offsets.</summary>
public sealed partial class ExpressionSource
{
    /// <summary>
    /// The value decoded so far, and the offset (in the written scalar) each of its characters came from. Offsets are
    /// kept as runs: a character written right after the previous one's offset extends the run, anything else (a line
    /// break, an escape, a character repeated at the same offset) starts a new one.
    /// </summary>
    private sealed class Decoding(int capacity)
    {
        private readonly StringBuilder _value = new(capacity);
        private readonly List<int> _valueStarts = [];
        private readonly List<int> _writtenStarts = [];

        public int Length => _value.Length;

        public char Last => _value[^1];

        /// <summary>The written offset of the last character; only while <see cref="Length"/> is positive.</summary>
        public int LastOffset => _writtenStarts[^1] + (_value.Length - 1 - _valueStarts[^1]);

        public void Add(char c, int at)
        {
            if (_value.Length == 0 || at != LastOffset + 1)
            {
                _valueStarts.Add(_value.Length);
                _writtenStarts.Add(at);
            }

            _value.Append(c);
        }

        public void RemoveLast()
        {
            _value.Length--;
            if (_valueStarts[^1] == _value.Length)
            {
                _valueStarts.RemoveAt(_valueStarts.Count - 1);
                _writtenStarts.RemoveAt(_writtenStarts.Count - 1);
            }
        }

        /// <summary>True when the decoding reproduced the value the YAML parser read.</summary>
        public bool Produced(string value) => _value.Equals(value.AsSpan());

        /// <summary>The file offsets, for a scalar written at <paramref name="scalarStart"/>.</summary>
        public OffsetRuns Runs(int scalarStart)
        {
            var writtenStarts = new int[_writtenStarts.Count];
            for (var i = 0; i < writtenStarts.Length; i++)
            {
                writtenStarts[i] = scalarStart + _writtenStarts[i];
            }

            // after the last character, one past it; an empty value ends one past the scalar's first character
            var end = _value.Length == 0 ? scalarStart + 1 : scalarStart + LastOffset + 1;
            return new OffsetRuns([.. _valueStarts], writtenStarts, _value.Length, end);
        }
    }

    /// <summary>
    /// The file offset of each value offset 0..<see cref="Length"/> (the last being just after the value): run
    /// <c>r</c> maps value offsets from <c>valueStarts[r]</c> on to consecutive file offsets from <c>writtenStarts[r]</c>.
    /// </summary>
    private sealed class OffsetRuns(int[] valueStarts, int[] writtenStarts, int length, int end)
    {
        /// <summary>A value written as it is, from <paramref name="start"/> on.</summary>
        public static OffsetRuns Identity(int start, int length) => new([0], [start], length, length == 0 ? start + 1 : start + length);

        /// <summary>The value's length: <see cref="At"/> takes 0 to this.</summary>
        public int Length => length;

        public int At(int valueOffset)
        {
            if (valueOffset >= length)
            {
                return end;
            }

            var run = Array.BinarySearch(valueStarts, valueOffset);
            if (run < 0)
            {
                run = ~run - 1;
            }

            return writtenStarts[run] + (valueOffset - valueStarts[run]);
        }
    }
}
