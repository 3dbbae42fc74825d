using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.RuleFiles;

/// <summary>
/// The parsing events YamlDotNet would give for the plainest block YAML, produced by a line scanner written for
/// it: a list of mappings whose values are one-line plain or quoted scalars, literal blocks (<c>|</c>, <c>|-</c>),
/// or nested block mappings and lists of mappings; comments and blank lines between lines. That is the shape of
/// every generated rule file and of most hand-written ones. Anything else (flow collections, anchors, tags,
/// escapes, multi-line plain or quoted scalars, tabs, carriage returns, document markers) gives null, and the
/// caller parses the text with YamlDotNet. A test compares the events with YamlDotNet's on every case file.
/// </summary>
/// <remarks>
/// Written by hand on purpose, after measuring: on a 100,000-rule file YamlDotNet's scanner was half of reading
/// time and most of its garbage (a token and a pooled, re-grown StringBuilder per scalar), and the collections
/// that garbage caused were a third of lint's wall time. This scanner allocates the events and the strings.
/// </remarks>
internal sealed class BlockYamlEvents
{
    /// <summary>Keys of rule files, shared instead of allocated per key.</summary>
    private static readonly string[] KnownKeys = ["name", "interval", "limit", "rules", .. RuleReader.Keys];

    /// <summary>The file, to read literal blocks from; null when scanning bare text (an object's head), which has none.</summary>
    private readonly SourceFile? _file;
    private readonly string _text;
    private readonly int _origin;
    private readonly int _end;
    private readonly List<ParsingEvent> _events = [];

    /// <summary>
    /// Scanning the head of a PrometheusRule object: keys may be label names such as <c>app.kubernetes.io/name</c>,
    /// and the last key (<c>groups:</c>, whose list follows the text scanned) has an empty value.
    /// </summary>
    private readonly bool _objectHead;

    /// <summary>The current line: where it starts, its indentation (spaces) and where it ends (at '\n' or the end).</summary>
    private int _lineStart;
    private int _indent;
    private int _lineEnd;

    private BlockYamlEvents(string text, SourceFile? file, int start, int length, bool objectHead)
    {
        _file = file;
        _text = text;
        _origin = start;
        _end = start + length;
        _objectHead = objectHead;
        SetLine(start);
    }

    /// <summary>The events of the list written in <paramref name="length"/> characters at <paramref name="start"/>; null when it is not this plain.</summary>
    public static IParser? TryScan(SourceFile file, int start, int length) => Scan(file.Text, file, start, length, objectHead: false);

    /// <summary>
    /// The events of a PrometheusRule object's text up to its groups list (<c>apiVersion</c>, <c>kind</c>,
    /// <c>metadata</c>, then <c>spec:</c> and <c>groups:</c> last, its value empty here): a block mapping at column 0 of
    /// one-line values and nested mappings. Null when it is not this plain; then YamlDotNet reads it.
    /// </summary>
    public static IParser? TryScanObjectHead(string text, int start, int length) => Scan(text, file: null, start, length, objectHead: true);

    private static IParser? Scan(string text, SourceFile? file, int start, int length, bool objectHead)
    {
        if (text.AsSpan(start, length).IndexOfAny(NotPlain) >= 0)
        {
            return null;
        }

        var scanner = new BlockYamlEvents(text, file, start, length, objectHead);
        return scanner.ScanStream() ? new EventList(scanner._events) : null;
    }

    /// <summary>Tabs, carriage returns, the other line breaks of YAML 1.1 and a byte order mark.</summary>
    private static readonly System.Buffers.SearchValues<char> NotPlain = System.Buffers.SearchValues.Create("\t\r\u0085\u2028\u2029\uFEFF");

    /// <summary>One document: a list of mappings, or an object's head (a mapping at column 0).</summary>
    private bool ScanStream()
    {
        SkipBlankLines();
        if (AtEnd || (_objectHead ? _indent != 0 || IsListItem() : !IsListItem()))
        {
            return false;
        }

        _events.Add(new StreamStart());
        _events.Add(new DocumentStart());
        if (!(_objectHead ? ScanMapping(0, _lineStart) : ScanList(_indent, indentless: false)))
        {
            return false;
        }

        SkipBlankLines();
        if (!AtEnd)
        {
            return false;
        }

        _events.Add(new DocumentEnd(isImplicit: true, Here, Here));
        _events.Add(new StreamEnd(Here, Here));
        return true;
    }

    /// <summary>Items <c>- key: …</c> at <paramref name="indent"/>, each a mapping.</summary>
    private bool ScanList(int indent, bool indentless)
    {
        var dash = _lineStart + indent;
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, At(dash), At(indentless ? dash + 1 : dash)));
        while (!AtEnd && _indent == indent && IsListItem())
        {
            var item = _lineStart + indent + 2;
            var afterSpaces = item;
            while (afterSpaces < _lineEnd && _text[afterSpaces] == ' ')
            {
                afterSpaces++;
            }

            if (afterSpaces != item || !ScanMapping(indent + 2, item))
            {
                return false;
            }
        }

        if (!AtEnd && _indent > indent)
        {
            return false;
        }

        _events.Add(new SequenceEnd(Here, Here));
        return true;
    }

    /// <summary>Keys at column <paramref name="indent"/>, the first at <paramref name="firstKey"/> (after <c>- </c> or at the line's start).</summary>
    private bool ScanMapping(int indent, int firstKey)
    {
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, At(firstKey), At(firstKey)));
        var key = firstKey;
        while (true)
        {
            if (!ScanEntry(indent, key))
            {
                return false;
            }

            SkipBlankLines();
            if (AtEnd || _indent < indent || (_indent == indent && IsListItem()))
            {
                break;
            }

            if (_indent > indent)
            {
                return false;
            }

            key = _lineStart + indent;
        }

        _events.Add(new MappingEnd(Here, Here));
        return true;
    }

    /// <summary><c>key: value</c> at <paramref name="key"/> on the current line, with a nested block on the following lines when the value is empty.</summary>
    private bool ScanEntry(int indent, int key)
    {
        var keyEnd = key;
        if (keyEnd < _lineEnd && (char.IsAsciiLetter(_text[keyEnd]) || _text[keyEnd] == '_'))
        {
            while (keyEnd < _lineEnd && (char.IsAsciiLetterOrDigit(_text[keyEnd]) || _text[keyEnd] == '_'
                || (_objectHead && _text[keyEnd] is '.' or '/' or '-')))
            {
                keyEnd++;
            }
        }

        if (keyEnd == key || keyEnd >= _lineEnd || _text[keyEnd] != ':' || (keyEnd + 1 < _lineEnd && _text[keyEnd + 1] != ' '))
        {
            return false;
        }

        _events.Add(Scalar(KeyText(key, keyEnd), ScalarStyle.Plain, key, keyEnd, isKey: true));
        var value = keyEnd + 1;
        while (value < _lineEnd && _text[value] == ' ')
        {
            value++;
        }

        if (value < _lineEnd && _text[value] != '#')
        {
            return _text[value] switch
            {
                '|' => ScanLiteral(indent, value),
                '"' or '\'' => ScanQuoted(indent, value),
                _ => ScanPlain(indent, value),
            };
        }

        NextLine();
        SkipBlankLines();
        if (AtEnd && _objectHead)
        {
            // the object's groups: its list is read group by group, after the head
            _events.Add(Scalar(string.Empty, ScalarStyle.Plain, keyEnd + 1, keyEnd + 1));
            return true;
        }

        if (AtEnd || _indent < indent || (_indent == indent && !IsListItem()))
        {
            return false; // an empty value: YAML's null, which the rule readers report
        }

        return IsListItem() ? ScanList(_indent, indentless: _indent == indent) : ScanMapping(_indent, _lineStart + _indent);
    }

    private bool ScanPlain(int indent, int start)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(_text[start], StringComparison.Ordinal))
        {
            return false;
        }

        var end = start;
        for (var i = start; i < _lineEnd; i++)
        {
            var c = _text[i];
            if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }

            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                return false;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        _events.Add(Scalar(StringPool.Get(_text.AsSpan(start, end - start)), ScalarStyle.Plain, start, end));
        return EndOfOneLineValue(indent);
    }

    private bool ScanQuoted(int indent, int start)
    {
        var quote = _text[start];
        var close = _text.IndexOf(quote, start + 1, _lineEnd - start - 1);
        if (quote == '"')
        {
            // \" and \\ are the escapes rule files use (a quote in a description); any other is left to YamlDotNet
            while (close >= 0 && IsEscaped(close))
            {
                close = _text.IndexOf('"', close + 1, _lineEnd - close - 1);
            }
        }
        else
        {
            // '' is a quote inside a single-quoted scalar
            while (close >= 0 && close + 1 < _lineEnd && _text[close + 1] == '\'')
            {
                close = _text.IndexOf('\'', close + 2, _lineEnd - close - 2);
            }
        }

        if (close < 0)
        {
            return false;
        }

        var inner = _text.AsSpan(start + 1, close - start - 1);
        string value;
        if (quote == '"' && inner.Contains('\\'))
        {
            if (Unescape(inner) is not { } unescaped)
            {
                return false;
            }

            value = unescaped;
        }
        else
        {
            value = quote == '\'' && inner.Contains("''", StringComparison.Ordinal) ? inner.ToString().Replace("''", "'", StringComparison.Ordinal) : StringPool.Get(inner);
        }

        var after = close + 1;
        while (after < _lineEnd && _text[after] == ' ')
        {
            after++;
        }

        if (after < _lineEnd && (_text[after] != '#' || after == close + 1))
        {
            return false;
        }

        _events.Add(Scalar(value, quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, start, close + 1));
        return EndOfOneLineValue(indent);
    }

    /// <summary>True when the character at <paramref name="index"/> follows an odd number of backslashes.</summary>
    private bool IsEscaped(int index)
    {
        var backslashes = 0;
        while (_text[index - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>A double-quoted scalar's value when its only escapes are <c>\"</c> and <c>\\</c>; null otherwise.</summary>
    private static string? Unescape(ReadOnlySpan<char> inner)
    {
        var value = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\')
            {
                value.Append(inner[i]);
                continue;
            }

            if (i + 1 >= inner.Length || inner[i + 1] is not ('"' or '\\'))
            {
                return null;
            }

            value.Append(inner[++i]);
        }

        return value.ToString();
    }

    /// <summary>After a one-line value: the next content line must not continue it (a more indented line would).</summary>
    private bool EndOfOneLineValue(int indent)
    {
        NextLine();
        SkipBlankLines();
        return AtEnd || _indent <= indent;
    }

    /// <summary><c>|</c> or <c>|-</c>, then lines indented more than the key; ends before the first less indented line.</summary>
    private bool ScanLiteral(int indent, int start)
    {
        var header = _text.AsSpan(start, _lineEnd - start).TrimEnd(' ');
        if (header is not "|" and not "|-")
        {
            return false;
        }

        NextLine();
        var blockIndent = -1;
        while (!AtEnd)
        {
            if (_lineEnd == _lineStart)
            {
                NextLine(); // an empty line belongs to the block
                continue;
            }

            if (_indent == _lineEnd - _lineStart)
            {
                return false; // spaces only: YAML keeps those beyond the indentation, which ScalarText does not
            }

            blockIndent = blockIndent < 0 ? _indent : blockIndent;
            if (_indent < blockIndent)
            {
                break;
            }

            NextLine();
        }

        if (blockIndent <= indent || (!AtEnd && _indent > indent))
        {
            return false;
        }

        var end = AtEnd ? _end : _lineStart;
        if (_file is null)
        {
            return false; // bare text: no file to read the block from
        }

        var span = new SourceSpan(_file, start, end - start);
        if (!ScalarText.TryReadLiteral(span, out var value))
        {
            return false;
        }

        _events.Add(Scalar(value, ScalarStyle.Literal, start, end));
        SkipBlankLines();
        return true;
    }

    private string KeyText(int start, int end)
    {
        var key = _text.AsSpan(start, end - start);
        foreach (var known in KnownKeys)
        {
            if (key.SequenceEqual(known))
            {
                return known;
            }
        }

        return StringPool.Get(key);
    }

    private Scalar Scalar(string value, ScalarStyle style, int start, int end, bool isKey = false) =>
        new(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain, At(start), At(end), isKey);

    /// <summary>Marks count from the start of the part read, as YamlDotNet's do (<see cref="Parsing.YamlContext.Origin"/>).</summary>
    private Mark At(int index) => new(index - _origin, 1, 1);

    private Mark Here => At(AtEnd ? _end : _lineStart + _indent);

    private bool AtEnd => _lineStart >= _end;

    private bool IsListItem() =>
        _lineStart + _indent < _lineEnd && _text[_lineStart + _indent] == '-' && _lineStart + _indent + 1 < _lineEnd && _text[_lineStart + _indent + 1] == ' ';

    /// <summary>Skips empty lines, lines of spaces and comment lines.</summary>
    private void SkipBlankLines()
    {
        while (!AtEnd && (_lineStart + _indent == _lineEnd || _text[_lineStart + _indent] == '#'))
        {
            NextLine();
        }
    }

    private void NextLine() => SetLine(_lineEnd < _end ? _lineEnd + 1 : _end);

    private void SetLine(int start)
    {
        _lineStart = start;
        var newline = start < _end ? _text.IndexOf('\n', start, _end - start) : -1;
        _lineEnd = newline < 0 ? _end : newline;
        _indent = 0;
        while (_lineStart + _indent < _lineEnd && _text[_lineStart + _indent] == ' ')
        {
            _indent++;
        }
    }

    /// <summary>An <see cref="IParser"/> over events already made.</summary>
    private sealed class EventList(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
