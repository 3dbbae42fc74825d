using System.Text.Json.Nodes;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// The panels of a dashboard too big to hold as one JSON tree (the executive overview of a thousand-service
/// fleet is megabytes of JSON and several times that as a tree): each panel is serialised to UTF-8 as it is
/// laid out and dropped, and <see cref="Serialize"/> splices the bytes into the dashboard where its empty
/// <c>panels</c> array stands. The bytes are exactly those of serialising the whole tree: the writer indents
/// two spaces a level, so a panel written alone is shifted four spaces to sit at its depth (JSON strings hold
/// no raw line breaks, and a UTF-8 multi-byte sequence never holds the byte of <c>\n</c>, so every line of
/// the panel is its own). The bytes are kept in chunks under the large-object threshold, so the buffer never
/// doubles and copies itself as it grows; the only large allocation is the finished file.
/// </summary>
internal sealed class StreamedPanels
{
    private const int ChunkSize = 64 * 1024;

    private static readonly byte[] EmptyPanels = "\n  \"panels\": [],"u8.ToArray();
    private static readonly byte[] OpenPanels = "\n  \"panels\": ["u8.ToArray();
    private static readonly byte[] ClosePanels = "\n  ],"u8.ToArray();
    private static readonly byte[] NewLineAndIndent = "\n    "u8.ToArray();

    private readonly List<byte[]> chunks = [];
    private int lastChunkLength;
    private long length;

    public void Add(JsonObject panel)
    {
        using var json = GrafanaJson.SerializeUtf8(panel);
        var rest = json.GetBuffer().AsSpan(0, (int)json.Length - 1);
        Append(length == 0 ? NewLineAndIndent : [(byte)',', .. NewLineAndIndent]);
        for (var end = rest.IndexOf((byte)'\n'); end >= 0; end = rest.IndexOf((byte)'\n'))
        {
            Append(rest[..end]);
            Append(NewLineAndIndent);
            rest = rest[(end + 1)..];
        }

        Append(rest);
    }

    /// <summary>The dashboard as UTF-8, with the panels in place of its empty <c>panels</c> array.</summary>
    public byte[] Serialize(JsonObject dashboard)
    {
        using var stream = GrafanaJson.SerializeUtf8(dashboard);
        var shell = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        if (length == 0)
        {
            return shell.ToArray();
        }

        var at = shell.IndexOf(EmptyPanels);
        if (at < 0 || shell[(at + 1)..].IndexOf(EmptyPanels) >= 0)
        {
            throw new InvalidOperationException("the dashboard shell needs exactly one empty top-level panels array");
        }

        // One allocation of the final size: the panels are copied once, from the chunks into the result.
        var tail = shell[(at + EmptyPanels.Length)..];
        var result = new byte[checked(at + OpenPanels.Length + (int)length + ClosePanels.Length + tail.Length)];
        var target = result.AsSpan();
        Copy(shell[..at], ref target);
        Copy(OpenPanels, ref target);
        for (var i = 0; i < chunks.Count; i++)
        {
            Copy(chunks[i].AsSpan(0, i == chunks.Count - 1 ? lastChunkLength : ChunkSize), ref target);
        }

        Copy(ClosePanels, ref target);
        Copy(tail, ref target);
        return result;
    }

    private static void Copy(ReadOnlySpan<byte> source, ref Span<byte> target)
    {
        source.CopyTo(target);
        target = target[source.Length..];
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        length += bytes.Length;
        while (!bytes.IsEmpty)
        {
            if (chunks.Count == 0 || lastChunkLength == ChunkSize)
            {
                chunks.Add(new byte[ChunkSize]);
                lastChunkLength = 0;
            }

            var take = Math.Min(bytes.Length, ChunkSize - lastChunkLength);
            bytes[..take].CopyTo(chunks[^1].AsSpan(lastChunkLength));
            lastChunkLength += take;
            bytes = bytes[take..];
        }
    }
}
