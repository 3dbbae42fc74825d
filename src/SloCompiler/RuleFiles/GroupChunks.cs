namespace SloCompiler.RuleFiles;

/// <summary>
/// Splits a plain rule file into the text of each <c>groups:</c> item, so large files can be read on every
/// core with one small YAML model per group instead of one for the whole file. Only the plainest shape is
/// split: a single document whose first content line is <c>groups:</c> and whose every other content line
/// is indented at least as far as the first <c>- </c> item, items starting exactly at that indentation.
/// Anything else (flow style, other top-level keys, document markers, directives, a byte order mark)
/// returns null and the file is read whole, as are files whose chunks do not each parse cleanly.
/// </summary>
internal static class GroupChunks
{
    /// <summary>Below this size a file is read whole: splitting only pays off for large files.</summary>
    public const int MinimumLength = 1 << 20;

    /// <summary>Each item's start offset and length in the text, in file order; null when the shape is not the plain one.</summary>
    /// <param name="minimumLength">Shorter texts are not split (tests split small files too).</param>
    public static IReadOnlyList<(int Start, int Length)>? Split(string text, int minimumLength = MinimumLength)
    {
        if (text.Length < minimumLength || text.StartsWith('\uFEFF'))
        {
            return null;
        }

        var starts = new List<int>();
        var sawGroups = false;
        var itemIndent = -1;
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

            if (!sawGroups)
            {
                if (indent != 0 || !IsGroupsKey(content))
                {
                    return null;
                }

                sawGroups = true;
            }
            else if (itemIndent < 0 || indent == itemIndent)
            {
                if (!content.StartsWith("- "))
                {
                    return null;
                }

                itemIndent = indent;
                starts.Add(lineStart);
            }
            else if (indent < itemIndent || content[0] == '\t')
            {
                return null;
            }

            lineStart = next;
        }

        if (starts.Count < 2)
        {
            return null;
        }

        return starts.Select((start, i) => (start, (i + 1 < starts.Count ? starts[i + 1] : text.Length) - start)).ToList();
    }

    /// <summary><c>groups:</c> alone on its line (a trailing comment allowed).</summary>
    private static bool IsGroupsKey(ReadOnlySpan<char> content)
    {
        if (!content.StartsWith("groups:"))
        {
            return false;
        }

        var rest = content["groups:".Length..].TrimStart(' ');
        return rest.IsEmpty || rest[0] == '#';
    }
}
