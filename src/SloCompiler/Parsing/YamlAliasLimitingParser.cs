using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.Parsing;

/// <summary>
/// Stops YAML alias bombs (<c>a: &amp;a [x, x]</c>, <c>b: &amp;b [*a, *a]</c>, … doubling per line) while the events
/// stream past, before any reader walks the expanded tree: a 1.4 KB rule file stood for 2^30 nodes. Every alias
/// adds the size of the node it repeats (in nodes and in characters of scalar text) to the document's size; the
/// document may grow through aliases by ten times what is written so far plus a fixed allowance, far more than any
/// hand-written reuse (<c>labels: *common</c> or <c>&lt;&lt;: *defaults</c> on every rule) needs, and bounded like
/// Go's YAML library (promtool, amtool), which refuses "excessive aliasing". An alias to a node that is still open (a cycle) is refused too:
/// every reader would loop on it.
/// </summary>
internal sealed class YamlAliasLimitingParser(IParser inner) : IParser
{
    /// <summary>How many times its written size a document may add through aliases.</summary>
    internal const long Ratio = 10;

    /// <summary>Nodes and characters any document may add through aliases besides <see cref="Ratio"/> times its written size.</summary>
    internal const long NodeAllowance = 10_000;

    internal const long CharacterAllowance = 1_000_000;

    private readonly Dictionary<string, (long Nodes, long Characters)> _closed = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Nodes, long Characters)> _open = new();
    private readonly HashSet<string> _openAnchors = new(StringComparer.Ordinal);

    /// <summary>The document as read: what it holds literally plus what aliases repeated.</summary>
    private long _nodes, _characters;

    /// <summary>What the literal text holds, which aliases may add again on top of the allowance.</summary>
    private long _literalNodes, _literalCharacters;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case DocumentStart:
                // each document has its own anchors in YAML
                _closed.Clear();
                _nodes = _characters = _literalNodes = _literalCharacters = 0;
                break;
            case Scalar scalar:
                Count(1, scalar.Value.Length);
                Close(scalar.Anchor, _nodes - 1, _characters - scalar.Value.Length);
                break;
            case MappingStart or SequenceStart:
                var anchor = ((NodeEvent)inner.Current).Anchor;
                Count(1, 0);
                _open.Push((anchor.IsEmpty ? null : anchor.Value, _nodes - 1, _characters));
                if (!anchor.IsEmpty)
                {
                    _openAnchors.Add(anchor.Value);
                }

                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var (name, nodes, characters) = _open.Pop();
                if (name is not null)
                {
                    _openAnchors.Remove(name);
                    Close(new AnchorName(name), nodes, characters);
                }

                break;
            case AnchorAlias alias:
                Repeat(alias);
                break;
        }

        return true;
    }

    private void Count(long nodes, long characters)
    {
        _nodes += nodes;
        _characters += characters;
        _literalNodes += nodes;
        _literalCharacters += characters;
    }

    private void Close(AnchorName anchor, long nodesBefore, long charactersBefore)
    {
        if (!anchor.IsEmpty)
        {
            _closed[anchor.Value] = (_nodes - nodesBefore, _characters - charactersBefore);
        }
    }

    private void Repeat(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_openAnchors.Contains(name))
        {
            throw new YamlAliasLimitException(alias.Start, alias.End, $"without end: *{name} repeats a node that contains it");
        }

        if (!_closed.TryGetValue(name, out var size))
        {
            return; // YamlDotNet reports the unknown anchor itself
        }

        _nodes += size.Nodes;
        _characters += size.Characters;
        if (_nodes - _literalNodes > NodeAllowance + (Ratio * _literalNodes))
        {
            throw new YamlAliasLimitException(alias.Start, alias.End,
                string.Create(CultureInfo.InvariantCulture, $"past {_nodes:N0} nodes at *{name}, from {_literalNodes:N0} written"));
        }

        if (_characters - _literalCharacters > CharacterAllowance + (Ratio * _literalCharacters))
        {
            throw new YamlAliasLimitException(alias.Start, alias.End,
                string.Create(CultureInfo.InvariantCulture, $"past {_characters:N0} characters at *{name}, from {_literalCharacters:N0} written"));
        }
    }
}
