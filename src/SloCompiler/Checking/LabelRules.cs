using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>Prometheus label names and values, and the labels the compiler sets itself.</summary>
internal static partial class LabelRules
{
    /// <summary>Labels the emitted rules set; a user value would silently be overwritten or clash.</summary>
    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { "service", "slo", "severity", "team", "alert_tier", "alertname" };

    public static bool IsValidName(string name) => LabelNamePattern().IsMatch(name) && !name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>Why a label value is unusable, or null when it is fine.</summary>
    public static string? ValueProblem(string value)
    {
        if (value.Length == 0)
        {
            return "is empty";
        }

        if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            return "contains a line break";
        }

        // A lone surrogate cannot be encoded as UTF-8, so Prometheus would reject the rule file
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return "is not valid UTF-8";
            }
        }

        return null;
    }

    public static bool CheckName(Spanned<string> name, DiagnosticBag diagnostics)
    {
        if (IsValidName(name.Value))
        {
            return true;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidLabelName, name.Span, name.Value);
        return false;
    }

    public static bool CheckValue(string labelName, Spanned<string> value, DiagnosticBag diagnostics)
    {
        var problem = ValueProblem(value.Value);
        if (problem is null)
        {
            return true;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidLabelValue, value.Span, labelName, problem);
        return false;
    }

    /// <summary>
    /// Validates a <c>labels { … }</c> block and returns the valid pairs by name (later ones win).
    /// <paramref name="reservedUse"/> names the context for SLO123, or null when reserved names are
    /// allowed (annotations; values there may also span lines).
    /// </summary>
    public static Dictionary<string, string> CheckPairs(
        IReadOnlyList<LabelSyntax> pairs, string? reservedUse, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var ok = CheckName(pair.Name, diagnostics);
            if (ok && reservedUse is not null && Reserved.Contains(pair.Name.Value))
            {
                diagnostics.Report(DiagnosticDescriptors.ReservedLabel, pair.Name.Span, pair.Name.Value, reservedUse);
                ok = false;
            }

            if (reservedUse is not null)
            {
                ok &= CheckValue(pair.Name.Value, pair.Value, diagnostics);
            }

            if (ok)
            {
                result[pair.Name.Value] = pair.Value.Value;
            }
        }

        return result;
    }

    /// <summary>Inner labels win over outer ones with the same name.</summary>
    public static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> outer, IReadOnlyDictionary<string, string> inner)
    {
        var merged = new Dictionary<string, string>(outer, StringComparer.Ordinal);
        foreach (var (key, value) in inner)
        {
            merged[key] = value;
        }

        return merged;
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Sorted(IReadOnlyDictionary<string, string> labels) =>
        labels.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^[a-zA-Z_][a-zA-Z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelNamePattern();
}
