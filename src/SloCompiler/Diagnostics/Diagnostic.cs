using System.Globalization;
using SloCompiler.Text;

namespace SloCompiler.Diagnostics;

/// <summary>One finding at a place in a source file.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Message)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        new(descriptor, span, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));
}
