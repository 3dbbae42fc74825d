using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>A PromQL problem at a range of the expression, e.g. SLO205 at <c>rat</c> in <c>rat(x[5m])</c>.</summary>
public sealed record PromQlError(DiagnosticDescriptor Descriptor, TextRange Range, IReadOnlyList<object?> Arguments)
{
    /// <summary>The filled-in message, as the diagnostic prints it.</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat, [.. Arguments]);

    public override string ToString() => $"{Range.Start}: {Descriptor.Code} {Message}";
}

/// <summary>Internal control flow of the lexer, parser and type checker: stops at the first problem.</summary>
internal sealed class PromQlException(PromQlError error) : Exception(error.Message)
{
    public PromQlError Error { get; } = error;

    public static PromQlException At(DiagnosticDescriptor descriptor, TextRange range, params object?[] arguments) =>
        new(new PromQlError(descriptor, range, arguments));
}
