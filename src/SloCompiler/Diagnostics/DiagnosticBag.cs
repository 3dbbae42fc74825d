using SloCompiler.Text;

namespace SloCompiler.Diagnostics;

/// <summary>Collects diagnostics; stages append to it instead of throwing.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _items.Add(Diagnostic.Create(descriptor, span, args));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// Diagnostics in a stable order: file, position, code, message, then the order they were reported in. Messages are
    /// compared only between diagnostics of the same code at the same place, so sorting does not write every message.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var order = new int[_items.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => Compare(_items[a], _items[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var sorted = new List<Diagnostic>(order.Length);
        foreach (var i in order)
        {
            sorted.Add(_items[i]);
        }

        return sorted;
    }

    private static int Compare(Diagnostic x, Diagnostic y)
    {
        var byPlace = string.CompareOrdinal(x.Span.File.Path, y.Span.File.Path);
        byPlace = byPlace != 0 ? byPlace : x.Span.Start.CompareTo(y.Span.Start);
        byPlace = byPlace != 0 ? byPlace : string.CompareOrdinal(x.Code, y.Code);
        return byPlace != 0 ? byPlace : string.CompareOrdinal(x.Message, y.Message);
    }
}
