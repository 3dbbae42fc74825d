using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SloCompiler.Cli.Output;

/// <summary>Shared JSON settings: 2-space indentation, '\n', readable quotes in messages, trailing newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Output goes to terminals and CI tools, never into HTML, so quotes and '<' stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        // decoded straight from the stream's buffer with the newline in it: output for 100,000 rules runs to
        // megabytes, and copying it three more times raised lint's peak memory
        stream.WriteByte((byte)'\n');
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// The same text as <see cref="Write"/>, streamed to <paramref name="output"/> as it is written: the findings of
    /// 100,000 rules run to tens of megabytes, and holding them (the UTF-8 buffer as it grew, then the string) was a
    /// large part of lint's peak memory. <paramref name="write"/> calls the flush it is given between items.
    /// </summary>
    public static void WriteTo(TextWriter output, Action<Utf8JsonWriter, Action> write)
    {
        using var stream = new TextWriterStream(output);
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer, () =>
            {
                if (writer.BytesPending >= FlushAt)
                {
                    writer.Flush();
                }
            });
        }

        stream.Flush();
        output.Write('\n');
    }

    private const int FlushAt = 64 * 1024;

    /// <summary>UTF-8 bytes decoded onto a text writer (a decoder keeps characters split between writes whole).</summary>
    private sealed class TextWriterStream(TextWriter output) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[FlushAt];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            var written = _decoder.GetChars(buffer, _chars, flush: false);
            output.Write(_chars, 0, written);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A named array of strings: <c>"warnings": ["…"]</c>.</summary>
    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
