using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>Service, SLO and policy names become label values and file names, hence the strict shape.</summary>
internal static partial class NameRules
{
    public static bool IsValid(string name) =>
        NamePattern().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal)
        && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal);

    /// <summary>Service names that would collide with a file every compilation writes (SLO129).</summary>
    public static bool IsReservedServiceName(string name) => name == "overview";

    /// <summary>Reports SLO101 when the name is malformed; returns whether it was valid.</summary>
    public static bool Check(Spanned<string> name, string kind, DiagnosticBag diagnostics)
    {
        if (IsValid(name.Value))
        {
            return true;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidName, name.Span, name.Value, kind);
        return false;
    }

    // \z rather than $: '$' would accept a trailing line break
    [GeneratedRegex(@"^[a-z][a-z0-9_-]{0,62}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
