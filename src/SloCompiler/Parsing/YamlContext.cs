using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>
/// Typed, span-keeping access to YamlDotNet nodes. Every accessor reports a diagnostic instead of
/// throwing, so the mappers can read the schema top-down and simply skip what is wrong.
/// </summary>
internal sealed class YamlContext(SourceFile source, DiagnosticBag diagnostics, int? origin = null)
{
    public SourceFile Source => source;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>
    /// Where YamlDotNet's stream starts in the text: after a byte order mark, which YamlDotNet would otherwise read
    /// as part of the first key (so <c>apiVersion</c> would not be found), or at the part of the file being read
    /// on its own (one rule group of a large rule file).
    /// </summary>
    public int Origin { get; } = origin ?? (source.Text.StartsWith('\uFEFF') ? 1 : 0);

    /// <summary>
    /// Where the text YamlDotNet read was made longer than the file (see <see cref="QuotedApostrophes"/>): each entry is
    /// a place in the text as read and how many characters were added there. Sorted by place.
    /// </summary>
    private List<(int At, int Added)>? _lengthenings;

    /// <summary>
    /// Records that the text about to be read again had <paramref name="by"/> characters added at each of
    /// <paramref name="places"/> (offsets in that new text), so marks still map onto the file as written.
    /// </summary>
    public void Lengthened(IReadOnlyList<int> places, int by)
    {
        var list = _lengthenings ??= [];
        foreach (var place in places)
        {
            // places are in ascending order and already count the additions before them in the new text
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].At >= place)
                {
                    list[i] = (list[i].At + by, list[i].Added);
                }
            }

            list.Add((place, by));
        }

        list.Sort((a, b) => a.At.CompareTo(b.At));
    }

    /// <summary>Mark.Index counts UTF-16 characters from the start of the stream, as SourceFile does.</summary>
    public SourceSpan Span(Mark start, Mark end)
    {
        var from = (int)Math.Clamp(InFile(start.Index) + Origin, 0, source.Text.Length);
        var to = (int)Math.Clamp(InFile(end.Index) + Origin, from, source.Text.Length);
        return new SourceSpan(source, from, to - from);
    }

    /// <summary>An offset in the text YamlDotNet read, as an offset in the file (they differ only after a lengthening).</summary>
    private long InFile(long index)
    {
        if (_lengthenings is null)
        {
            return index;
        }

        var removed = 0L;
        foreach (var (at, added) in _lengthenings)
        {
            if (index <= at)
            {
                break;
            }

            // inside the longer spelling: the start of the shorter one
            removed += Math.Min(added, index - at);
        }

        return index - removed;
    }

    public SourceSpan Span(YamlNode node) => Span(node.Start, node.End);

    /// <summary>
    /// From the node's start to the end of its last nested value. YamlDotNet ends a block mapping or sequence where its
    /// start event ends, so <see cref="Span(YamlNode)"/> of a block collection covers only its first line.
    /// </summary>
    public SourceSpan WholeSpan(YamlNode node)
    {
        var last = node;
        while (last switch
               {
                   YamlMappingNode { Children.Count: > 0 } m => m.Children[^1].Value,
                   YamlSequenceNode { Children.Count: > 0 } s => s.Children[^1],
                   _ => null,
               } is { } child)
        {
            last = child;
        }

        return WholeSpan(node.Start, node.End, last.End);
    }

    /// <summary>
    /// The span from a collection's start to the end of its last nested value (<paramref name="lastEnd"/>), for readers
    /// that see YamlDotNet's events rather than nodes; <paramref name="nodeEnd"/> is where the start event ends.
    /// </summary>
    public SourceSpan WholeSpan(Mark start, Mark nodeEnd, Mark lastEnd)
    {
        // a block scalar's end includes its line breaks: the span ends at the last written character
        var span = Span(start, lastEnd.Index >= nodeEnd.Index ? lastEnd : nodeEnd);
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(source.Text[end - 1]))
        {
            end--;
        }

        return span with { Length = end - span.Start };
    }

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value: YAML's way of saying "not given".</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        diagnostics.Report(descriptor, span, args);

    /// <summary>
    /// The node as a mapping whose keys are all in <paramref name="allowed"/>; unknown and non-string keys are
    /// reported at the key and left out. Null when the node is not a mapping (reported).
    /// </summary>
    public YamlMap? Map(YamlNode node, string path, IReadOnlyList<string> allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticDescriptors.YamlTypeMismatch, Span(node), Display(path), "a mapping");
            return null;
        }

        var entries = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                Report(DiagnosticDescriptors.YamlTypeMismatch, Span(keyNode), $"a key in {Display(path)}", "a string");
                continue;
            }

            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Report(DiagnosticDescriptors.UnknownYamlKey, Span(keyNode), key, Display(path), string.Join(", ", allowed));
                continue;
            }

            // YamlDotNet rejects duplicate keys while loading, so the first entry is the only one.
            entries.TryAdd(key, (scalarKey, value));
        }

        return new YamlMap(mapping, path, entries);
    }

    /// <summary>A string value, or null when absent, null, or not a scalar (reported).</summary>
    public Spanned<string>? String(YamlMap map, string key)
    {
        var node = map.Get(key);
        return node is null ? null : String(node, Child(map.Path, key));
    }

    public Spanned<string>? String(YamlNode node, string path)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticDescriptors.YamlTypeMismatch, Span(node), path, "a string");
            return null;
        }

        return new Spanned<string>(scalar.Value ?? string.Empty, Span(scalar));
    }

    /// <summary>A required string: a missing or null value is reported against <paramref name="owner"/>.</summary>
    public Spanned<string>? Required(YamlMap map, string key, string owner)
    {
        var value = String(map, key);
        if (value is null && (map.Get(key) is null || IsNull(map.Get(key)!)))
        {
            Report(DiagnosticDescriptors.MissingYamlKey, map.KeySpanOr(key, this), owner, key);
        }

        return value;
    }

    /// <summary>A sequence of strings; a single scalar is accepted as a one-element list.</summary>
    public IReadOnlyList<Spanned<string>> StringList(YamlMap map, string key)
    {
        var node = map.Get(key);
        var path = Child(map.Path, key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            return String(node, path) is { } single ? [single] : [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticDescriptors.YamlTypeMismatch, Span(node), path, "a list of strings");
            return [];
        }

        var items = new List<Spanned<string>>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (String(sequence.Children[i], $"{path}[{i}]") is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary><c>labels: { tier: "1" }</c>: a mapping of string to string, in written order.</summary>
    public IReadOnlyList<LabelSyntax> Labels(YamlMap map, string key)
    {
        var node = map.Get(key);
        var path = Child(map.Path, key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticDescriptors.YamlTypeMismatch, Span(node), path, "a mapping of names to strings");
            return [];
        }

        var labels = new List<LabelSyntax>();
        foreach (var (name, value) in mapping.Children)
        {
            if (name is not YamlScalarNode nameScalar || value is not YamlScalarNode valueScalar)
            {
                Report(DiagnosticDescriptors.YamlTypeMismatch, Span(value is YamlScalarNode ? name : value), path, "a mapping of names to strings");
                continue;
            }

            labels.Add(new LabelSyntax(
                new Spanned<string>(nameScalar.Value ?? string.Empty, Span(nameScalar)),
                new Spanned<string>(valueScalar.Value ?? string.Empty, Span(valueScalar))));
        }

        return labels;
    }

    private static string Display(string path) => path.Length == 0 ? "the document" : path;
}
