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

    /// <summary>Diagnostics in a stable order: file, position, code.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.Span.File.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
