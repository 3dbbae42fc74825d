using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.Parsing;

/// <summary>
/// Stops absurdly deep nesting (<c>[[[[…</c>) with a <see cref="YamlException"/> before YamlDotNet's recursive
/// representation model overflows the stack, which would kill the process instead of producing a diagnostic.
/// </summary>
internal sealed class YamlDepthLimitingParser(IParser inner, int maxDepth) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End, $"nesting is deeper than {maxDepth} levels");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
