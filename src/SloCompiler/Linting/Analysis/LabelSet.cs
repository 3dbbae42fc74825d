namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Which labels the series of an expression can carry. <see cref="Closed"/>: at most <see cref="Labels"/>
/// (after <c>sum by (job)</c>); otherwise any label except <see cref="Labels"/> (after <c>sum without (pod)</c>).
/// <see cref="Reason"/> says which part of the query decided it, for messages.
/// </summary>
internal sealed record LabelSet(bool Closed, IReadOnlySet<string> Labels, string Reason)
{
    public static readonly LabelSet Any = new(false, new HashSet<string>(), "selectors keep their labels");

    public static LabelSet Only(IEnumerable<string> labels, string reason) => new(true, new HashSet<string>(labels, StringComparer.Ordinal), reason);

    public bool CanHave(string label) => Closed ? Labels.Contains(label) : !Labels.Contains(label);

    public LabelSet With(string label) => With([label]);

    /// <summary>The labels after every one of <paramref name="labels"/> is set (a recording rule's static labels).</summary>
    public LabelSet With(IEnumerable<string> labels) =>
        Closed ? this with { Labels = new HashSet<string>(Labels.Concat(labels), StringComparer.Ordinal) }
               : this with { Labels = new HashSet<string>(Labels.Except(labels, StringComparer.Ordinal), StringComparer.Ordinal) };

    public LabelSet Without(IEnumerable<string> labels, string reason) =>
        Closed ? new LabelSet(true, new HashSet<string>(Labels.Except(labels), StringComparer.Ordinal), reason)
               : new LabelSet(false, new HashSet<string>(Labels.Concat(labels), StringComparer.Ordinal), reason);

    /// <summary>The labels of <c>a or b</c>: what either side can have.</summary>
    public LabelSet Union(LabelSet other) => (Closed, other.Closed) switch
    {
        (true, true) => Only(Labels.Concat(other.Labels), Reason),
        (false, false) => new LabelSet(false, new HashSet<string>(Labels.Intersect(other.Labels), StringComparer.Ordinal), Reason),
        (false, true) => new LabelSet(false, new HashSet<string>(Labels.Except(other.Labels), StringComparer.Ordinal), Reason),
        (true, false) => other.Union(this),
    };

    /// <summary>
    /// The labels of <c>a or b or … or z</c>, the same as joining them pairwise with <see cref="Union"/> but in one pass:
    /// pairwise, every step of a long chain copied the labels gathered so far.
    /// </summary>
    public static LabelSet UnionOf(IReadOnlyList<LabelSet> sets)
    {
        var open = sets.Where(set => !set.Closed).ToList();
        if (open.Count == 0)
        {
            return Only(sets.SelectMany(set => set.Labels), sets[0].Reason);
        }

        var excluded = new HashSet<string>(open[0].Labels, StringComparer.Ordinal);
        foreach (var set in open.Skip(1))
        {
            excluded.IntersectWith(set.Labels);
        }

        foreach (var set in sets.Where(set => set.Closed))
        {
            excluded.ExceptWith(set.Labels);
        }

        return new LabelSet(false, excluded, open[0].Reason);
    }
}
