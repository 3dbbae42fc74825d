using System.Text;

namespace SloCompiler.Emit;

/// <summary>
/// A generated file: path relative to the output folder (forward slashes) and its exact text. Most
/// emitters build the text as a string; a file of megabytes (a fleet's overview dashboard) is built as
/// UTF-8 bytes instead (<see cref="FromUtf8"/>), so the writer hashes and writes those bytes without a
/// UTF-16 copy twice their size. Two files are equal when their paths and texts are.
/// </summary>
public sealed class OutputFile : IEquatable<OutputFile>
{
    private readonly string? text;
    private readonly byte[]? utf8;

    public OutputFile(string relativePath, string content)
    {
        RelativePath = relativePath;
        text = content;
    }

    private OutputFile(string relativePath, byte[] utf8)
    {
        RelativePath = relativePath;
        this.utf8 = utf8;
    }

    public string RelativePath { get; }

    /// <summary>The text; decoded on each call for a file built as UTF-8.</summary>
    public string Content => text ?? Encoding.UTF8.GetString(utf8!);

    /// <summary>A file whose text is <paramref name="utf8"/>, which the file now owns (do not change it afterwards).</summary>
    public static OutputFile FromUtf8(string relativePath, byte[] utf8) => new(relativePath, utf8);

    /// <summary>The text as UTF-8: the bytes themselves for a file built as UTF-8 (do not change them), a new array otherwise.</summary>
    public byte[] Utf8Bytes() => utf8 ?? Encoding.UTF8.GetBytes(text!);

    public bool Equals(OutputFile? other) =>
        other is not null && RelativePath == other.RelativePath && Content == other.Content;

    public override bool Equals(object? obj) => Equals(obj as OutputFile);

    public override int GetHashCode() => HashCode.Combine(RelativePath, Content);

    public override string ToString() => RelativePath;
}
