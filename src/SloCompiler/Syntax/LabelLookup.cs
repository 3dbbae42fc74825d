namespace SloCompiler.Syntax;

/// <summary>Finds a label or annotation by name among a rule's or a tier's entries.</summary>
public static class LabelLookup
{
    /// <summary>
    /// The value of the first entry named <paramref name="name"/>; null when none is. A loop by index, not LINQ or
    /// foreach over the interface: the linter asks this hundreds of thousands of times, and a closure or an enumerator
    /// per lookup was megabytes of garbage.
    /// </summary>
    public static Spanned<string>? ValueOf(this IReadOnlyList<LabelSyntax> entries, string name)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Name.Value == name)
            {
                return entries[i].Value;
            }
        }

        return null;
    }
}
