using System.Globalization;
using SloCompiler.Diagnostics;

namespace SloCompiler.Live;

/// <summary>
/// A connection, HTTP or API failure, with its stable code; the message is one line and never holds
/// a secret (URLs are shown without user information, headers without values).
/// </summary>
public sealed class PrometheusException(DiagnosticDescriptor descriptor, params object?[] args)
    : Exception(string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args).ReplaceLineEndings(" "))
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    /// <summary>The line the CLI prints: <c>error SLO700: cannot reach …</c>.</summary>
    public string Line => $"error {Descriptor.Code}: {Message}";
}
