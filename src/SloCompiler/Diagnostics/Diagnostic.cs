using System.Globalization;
using SloCompiler.Text;

namespace SloCompiler.Diagnostics;

/// <summary>One finding at a place in a source file.</summary>
/// <remarks>
/// A diagnostic made by <see cref="Create"/> from plain values (strings, numbers, durations) keeps its format and
/// arguments and writes <see cref="Message"/> each time it is read: linting a large rule file can report tens of
/// thousands of findings, and their messages, formatted up front, were a tenth of lint's peak memory.
/// Two diagnostics are equal when their descriptor, span and message are.
/// </remarks>
public sealed record Diagnostic
{
    private readonly string? _message;
    private readonly string? _format;
    private readonly object?[]? _args;

    public Diagnostic(DiagnosticDescriptor descriptor, SourceSpan span, string message)
    {
        Descriptor = descriptor;
        Span = span;
        _message = message;
    }

    private Diagnostic(DiagnosticDescriptor descriptor, SourceSpan span, string format, object?[] args)
    {
        Descriptor = descriptor;
        Span = span;
        _format = format;
        _args = args;
    }

    public DiagnosticDescriptor Descriptor { get; init; }

    public SourceSpan Span { get; init; }

    public string Message
    {
        get => _message ?? string.Format(CultureInfo.InvariantCulture, _format!, _args!);
        init
        {
            _message = value;
            _format = null;
            _args = null;
        }
    }

    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        args.All(IsPlainValue)
            ? new(descriptor, span, descriptor.MessageFormat, args)
            : new(descriptor, span, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));

    public bool Equals(Diagnostic? other) =>
        other is not null && Descriptor == other.Descriptor && Span == other.Span && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Descriptor, Span, Message);

    /// <summary>Values that format the same whenever they are formatted, so the message can wait until it is read.</summary>
    private static bool IsPlainValue(object? arg) =>
        arg is null or string or int or long or double or decimal or bool or char or TimeSpan;
}
