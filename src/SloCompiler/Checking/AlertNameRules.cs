using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>
/// <c>alert_name</c>: Prometheus refuses an alerting rule whose name is not a valid metric name, and
/// Alertmanager routes match it, so the name is held to the stricter of the two (no colons).
/// </summary>
internal static partial class AlertNameRules
{
    public static string? Check(Spanned<string> name, DiagnosticBag diagnostics)
    {
        if (ValidAlertName().IsMatch(name.Value))
        {
            return name.Value;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidAlertName, name.Span, name.Value);
        return null;
    }

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$", RegexOptions.CultureInvariant)]
    public static partial Regex ValidAlertName();
}
