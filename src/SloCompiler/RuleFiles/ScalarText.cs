using System.Text;
using SloCompiler.Text;

namespace SloCompiler.RuleFiles;

/// <summary>
/// Reads the value of a YAML scalar back from its written text, for the two styles rule files write
/// expressions in: a plain scalar on one line (<c>expr: up == 0</c>) and a literal block (<c>expr: |-</c> or
/// <c>|</c> with space-indented lines). A large rule file then need not keep every expression's value beside
/// the file's text (a tenth of lint's memory on 100,000 rules): the reader keeps a value only when
/// <see cref="Reproduces"/> says it cannot be read back exactly, so anything unusual is simply kept.
/// </summary>
internal static class ScalarText
{
    /// <summary>True when <see cref="Read"/> of the span gives exactly <paramref name="value"/>; never allocates.</summary>
    public static bool Reproduces(SourceSpan scalar, string value)
    {
        var written = Written(scalar);
        if (written.IsEmpty)
        {
            return false;
        }

        if (written[0] != '|')
        {
            return written.IndexOfAny('\n', '\r') < 0 && written.SequenceEqual(value);
        }

        var comparer = new Comparer(value);
        return WalkLiteral(written, ref comparer) && comparer.At == value.Length;
    }

    /// <summary>The value of a scalar for which <see cref="Reproduces"/> held.</summary>
    public static string Read(SourceSpan scalar)
    {
        var written = Written(scalar);
        if (written.IsEmpty || written[0] != '|')
        {
            return written.ToString();
        }

        var builder = new Builder(ThreadBuilder(written.Length));
        WalkLiteral(written, ref builder);
        return builder.Text.ToString();
    }

    /// <summary>The value of a literal block written at <paramref name="scalar"/>; false when it is not a simple one.</summary>
    public static bool TryReadLiteral(SourceSpan scalar, out string value)
    {
        var written = Written(scalar);
        var builder = new Builder(ThreadBuilder(written.Length));
        var simple = !written.IsEmpty && written[0] == '|' && WalkLiteral(written, ref builder);
        value = simple ? builder.Text.ToString() : string.Empty;
        return simple;
    }

    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>
    /// An empty builder of this thread, reused: every expression of a large file is read through one, and a new builder
    /// per expression was a tenth of reading's garbage. One grown past 64K characters is not kept.
    /// </summary>
    private static StringBuilder ThreadBuilder(int capacity)
    {
        var builder = _builder ??= new StringBuilder(256);
        builder.Clear();
        if (builder.Capacity > 1 << 16)
        {
            _builder = builder = new StringBuilder(Math.Min(capacity, 1 << 16));
        }

        return builder;
    }

    private static ReadOnlySpan<char> Written(SourceSpan scalar) =>
        scalar.Start >= 0 && scalar.End <= scalar.File.Text.Length ? scalar.File.Text.AsSpan(scalar.Start, scalar.Length) : [];

    /// <summary>
    /// Hands the pieces of a literal block's value to <paramref name="sink"/> in order: each content line after the
    /// block's indentation and the line breaks between lines, the final break kept by <c>|</c> and stripped by
    /// <c>|-</c>. False (at once) for anything else: other headers, tabs, carriage returns, or a blank line with
    /// more spaces than the indentation (whose extra spaces YAML keeps as content).
    /// </summary>
    private static bool WalkLiteral<TSink>(ReadOnlySpan<char> written, ref TSink sink)
        where TSink : struct, IPieceSink
    {
        var headerEnd = written.IndexOf('\n');
        if (headerEnd < 0 || written.IndexOfAny(NotSimple) >= 0)
        {
            return false;
        }

        var header = written[..headerEnd].TrimEnd(' ');
        if (header is not "|" and not "|-")
        {
            return false;
        }

        var keepFinalBreak = header is "|";
        var body = written[(headerEnd + 1)..];
        var indentation = -1;
        var pendingBreaks = 0;
        var wroteContent = false;
        while (!body.IsEmpty)
        {
            var lineEnd = body.IndexOf('\n');
            var line = lineEnd < 0 ? body : body[..lineEnd];
            body = lineEnd < 0 ? [] : body[(lineEnd + 1)..];
            var content = line.TrimStart(' ');
            if (content.IsEmpty)
            {
                if (indentation >= 0 && line.Length > indentation)
                {
                    return false;
                }

                pendingBreaks++;
                continue;
            }

            var indent = line.Length - content.Length;
            if (indentation < 0)
            {
                indentation = indent;
            }

            if (indent < indentation || indentation == 0)
            {
                return false;
            }

            for (var i = wroteContent ? -1 : 0; i < pendingBreaks; i++)
            {
                if (!sink.Accept("\n"))
                {
                    return false;
                }
            }

            pendingBreaks = 0;
            wroteContent = true;
            if (!sink.Accept(line[indentation..]))
            {
                return false;
            }
        }

        return !(wroteContent && keepFinalBreak) || sink.Accept("\n");
    }

    /// <summary>Tabs, and every line break but <c>\n</c> (YAML 1.1 knows more of them than C#'s line splitting).</summary>
    private static readonly System.Buffers.SearchValues<char> NotSimple = System.Buffers.SearchValues.Create("\r\t\f\v\u0085\u2028\u2029");

    private interface IPieceSink
    {
        bool Accept(ReadOnlySpan<char> piece);
    }

    /// <summary>Compares the pieces with a value as they come.</summary>
    private struct Comparer(string value) : IPieceSink
    {
        public int At { get; private set; }

        public bool Accept(ReadOnlySpan<char> piece)
        {
            if (piece.Length > value.Length - At || !piece.SequenceEqual(value.AsSpan(At, piece.Length)))
            {
                return false;
            }

            At += piece.Length;
            return true;
        }
    }

    /// <summary>Collects the pieces.</summary>
    private readonly struct Builder(StringBuilder text) : IPieceSink
    {
        public StringBuilder Text => text;

        public bool Accept(ReadOnlySpan<char> piece)
        {
            text.Append(piece);
            return true;
        }
    }
}
