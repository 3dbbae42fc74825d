using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary><c>unit messages</c>: one of the units whose English and Spanish words are known.</summary>
internal static class EventUnitRules
{
    public static EventUnit? Check(Spanned<string> unit, DiagnosticBag diagnostics)
    {
        if (EventUnit.Known.TryGetValue(unit.Value, out var known))
        {
            return known;
        }

        diagnostics.Report(DiagnosticDescriptors.UnknownEventUnit, unit.Span, unit.Value, string.Join(", ", EventUnit.Known.Keys.Order(StringComparer.Ordinal)));
        return null;
    }
}
