using SloCompiler.Parsing;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.RuleFiles;

/// <summary>One <c>groups:</c> item's text: where it is, which document it is in, and its index in that document's list.</summary>
/// <param name="OperatorObject">The document is a Kubernetes <c>PrometheusRule</c> (groups under <c>spec:</c>).</param>
internal readonly record struct GroupChunk(int Start, int Length, int Document, int Index, bool OperatorObject)
{
    public static implicit operator (int Start, int Length)(GroupChunk chunk) => (chunk.Start, chunk.Length);
}

/// <summary>
/// Splits a rule file into the text of each <c>groups:</c> item, so large files can be read on every core with one
/// small YAML model per group instead of one for the whole file. It takes the shapes rule files are written in: any
/// number of documents (<c>---</c> / <c>...</c> markers, comments after them), each either a plain rule file (its
/// first content line <c>groups:</c>) or a Kubernetes <c>PrometheusRule</c> object whose <c>spec.groups</c> is its
/// last key; the items at any one indentation, every line of the list indented at least as far. The part of an
/// object before its groups is checked with YamlDotNet to be exactly <c>apiVersion</c>/<c>kind</c>/<c>metadata</c>/
/// <c>spec</c> with nothing the full reader would report. Anything else (flow style, other top-level keys or
/// objects, directives, a byte order mark) returns null and the file is read whole, as are files whose chunks do
/// not each parse cleanly.
/// </summary>
internal static class GroupChunks
{
    /// <summary>Below this size a file is read whole: splitting only pays off for large files.</summary>
    public const int MinimumLength = 1 << 20;

    private static readonly string[] ObjectKeys = ["apiVersion", "kind", "metadata", "spec"];

    /// <summary>Each item in file order; null when the shape is not one of those described above.</summary>
    /// <param name="minimumLength">Shorter texts are not split (tests split small files too).</param>
    public static IReadOnlyList<GroupChunk>? Split(string text, int minimumLength = MinimumLength)
    {
        if (text.Length < minimumLength || text.StartsWith('\uFEFF'))
        {
            return null;
        }

        var chunks = new List<GroupChunk>();
        var document = 0;
        var documentStart = 0; // where the current document's text starts
        var sawContent = false; // the current document has a content line
        var ended = false; // `...` closed the current document: only comments or `---` may follow
        var inGroups = false; // the lines are the groups list's
        var operatorObject = false;
        var groupsIndent = 0;
        var itemIndent = -1;
        var itemStart = -1; // the open chunk's start
        var index = 0;

        void Close(int end)
        {
            if (itemStart >= 0)
            {
                chunks.Add(new GroupChunk(itemStart, end - itemStart, document, index++, operatorObject));
                itemStart = -1;
            }
        }

        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            var content = line[indent..];
            if (content.IsEmpty || content[0] == '#')
            {
                lineStart = next;
                continue;
            }

            if (indent == 0 && (IsMarker(content, "---") || IsMarker(content, "...")))
            {
                if (sawContent && !inGroups)
                {
                    return null; // a document that is neither shape
                }

                if (content[0] == '.' && !sawContent)
                {
                    return null; // `...` with no document before it: left to YamlDotNet
                }

                Close(lineStart);
                document++;
                ended = content[0] == '.';
                documentStart = next;
                sawContent = false;
                inGroups = false;
                itemIndent = -1;
                index = 0;
                lineStart = next;
                continue;
            }

            if (ended || content[0] == '%')
            {
                return null; // content after `...` without `---`, or a directive
            }

            if (!sawContent)
            {
                sawContent = true;
                if (indent == 0 && IsGroupsKey(content))
                {
                    inGroups = true;
                    operatorObject = false;
                    groupsIndent = 0;
                    lineStart = next;
                    continue;
                }
            }

            if (!inGroups)
            {
                // the part of a PrometheusRule before its groups: up to `groups:` under `spec:`
                if (indent > 0 && IsGroupsKey(content))
                {
                    if (!IsPrometheusRuleHead(text, documentStart, next - documentStart))
                    {
                        return null;
                    }

                    inGroups = true;
                    operatorObject = true;
                    groupsIndent = indent;
                }

                lineStart = next;
                continue;
            }

            if (itemIndent < 0 || indent == itemIndent)
            {
                if (!content.StartsWith("- ") || indent < groupsIndent)
                {
                    return null;
                }

                Close(lineStart);
                itemIndent = indent;
                itemStart = lineStart;
            }
            else if (indent < itemIndent || content[0] == '\t')
            {
                return null;
            }

            lineStart = next;
        }

        if (sawContent && !inGroups)
        {
            return null; // a document that is neither shape
        }

        Close(text.Length);
        return chunks.Count < 2 ? null : chunks;
    }

    /// <summary><paramref name="marker"/> alone on its line, or followed by spaces and a comment.</summary>
    private static bool IsMarker(ReadOnlySpan<char> content, string marker)
    {
        if (!content.StartsWith(marker, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = content[marker.Length..];
        if (rest.IsEmpty)
        {
            return true;
        }

        var comment = rest.TrimStart(' ');
        return rest[0] == ' ' && (comment.IsEmpty || comment[0] == '#');
    }

    /// <summary><c>groups:</c> alone on its line (a trailing comment allowed).</summary>
    private static bool IsGroupsKey(ReadOnlySpan<char> content)
    {
        if (!content.StartsWith("groups:"))
        {
            return false;
        }

        var rest = content["groups:".Length..].TrimStart(' ');
        return rest.IsEmpty || (rest[0] == '#' && content.Length > "groups:".Length && content["groups:".Length] == ' ');
    }

    /// <summary>
    /// True when the text ending with a <c>groups:</c> line is a <c>PrometheusRule</c> object's keys whose last one,
    /// <c>spec</c>, has <c>groups</c> as its only key: what <see cref="RuleFileReader"/> reads without a diagnostic
    /// (no unknown or repeated keys, no anchors, aliases, tags or merge keys).
    /// </summary>
    private static bool IsPrometheusRuleHead(string text, int start, int length)
    {
        if (text.AsSpan(start, length).IndexOfAny("&*!<\t\r") >= 0)
        {
            return false;
        }

        try
        {
            // most objects' heads are plain block YAML, scanned without YamlDotNet's per-parser buffers
            var parser = BlockYamlEvents.TryScanObjectHead(text, start, length) ?? GuardedYamlParser.Create(new StringSegmentReader(text, start, length));
            if (Next(parser) is not StreamStart || Next(parser) is not DocumentStart || Next(parser) is not MappingStart)
            {
                return false;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var isPrometheusRule = false;
            while (Next(parser) is Scalar key)
            {
                if (!ObjectKeys.Contains(key.Value) || !seen.Add(key.Value))
                {
                    return false;
                }

                switch (key.Value)
                {
                    case "kind":
                        if (Next(parser) is not Scalar kind)
                        {
                            return false;
                        }

                        isPrometheusRule = kind.Value == "PrometheusRule";
                        break;
                    case "spec":
                        // groups with nothing after it (the list follows the text checked), then the ends
                        return Next(parser) is MappingStart
                            && Next(parser) is Scalar { Value: "groups" }
                            && Next(parser) is Scalar { Value: "", Style: ScalarStyle.Plain }
                            && Next(parser) is MappingEnd
                            && Next(parser) is MappingEnd
                            && Next(parser) is DocumentEnd
                            && Next(parser) is StreamEnd
                            && isPrometheusRule;
                    default:
                        if (!SkipNode(parser))
                        {
                            return false;
                        }

                        break;
                }
            }

            return false;
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Reads past one value (a scalar or a whole collection).</summary>
    private static bool SkipNode(IParser parser)
    {
        var depth = 0;
        do
        {
            switch (Next(parser))
            {
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar:
                    break;
                default:
                    return false;
            }
        }
        while (depth > 0);

        return depth == 0;
    }

    private static ParsingEvent? Next(IParser parser) => parser.MoveNext() ? parser.Current : null;
}
