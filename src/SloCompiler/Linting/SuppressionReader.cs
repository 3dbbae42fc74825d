using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Linting;

/// <summary>
/// Finds <c># slo-lint disable CODE[,CODE] reason</c> and <c># slo-lint disable-file CODE reason</c> comments.
/// A comment alone on its line applies to the next line with content, a comment after content to its own line;
/// when that line starts a rule, the suppression covers the whole rule.
/// </summary>
internal static partial class SuppressionReader
{
    public static IReadOnlyList<Suppression> Read(RuleFile file, DiagnosticBag diagnostics)
    {
        var source = file.Source;
        var suppressions = new List<Suppression>();
        var lineCount = source.GetLineIndex(source.Text.Length) + 1;
        // only lines that mention slo-lint can hold a suppression: found with one vectorised search, not line by line
        for (var line = NextMention(source, 0, lineCount); line < lineCount; line = NextMention(source, line + 1, lineCount))
        {
            var text = source.GetLineText(line);
            if (Comment().Match(text) is not { Success: true } match)
            {
                continue;
            }

            var lineStart = source.GetOffset(line + 1, 1);
            var span = new SourceSpan(source, lineStart + match.Index, match.Length);
            var codes = Codes().Match(match.Groups["rest"].Value);
            if (!codes.Success)
            {
                diagnostics.Report(DiagnosticDescriptors.SuppressionMalformed, span, "no SLO code after 'slo-lint " + match.Groups["verb"].Value + "'");
                continue;
            }

            var list = codes.Groups["codes"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var reason = match.Groups["rest"].Value[codes.Length..].Trim();
            if (reason.Length == 0)
            {
                diagnostics.Report(DiagnosticDescriptors.SuppressionWithoutReason, span, string.Join(",", list));
            }

            var (first, last) = match.Groups["verb"].Value == "disable-file"
                ? (0, lineCount - 1)
                : Scope(file, lineCount, match.Index > 0 && text[..match.Index].Trim().Length > 0 ? line : NextContentLine(source, line, lineCount));
            suppressions.Add(new Suppression(span, list, reason, first, last));
        }

        return suppressions;
    }

    private const string Marker = "slo-lint";

    /// <summary>The first line from <paramref name="line"/> on that mentions <see cref="Marker"/>; <paramref name="lineCount"/> when none does.</summary>
    private static int NextMention(SourceFile source, int line, int lineCount)
    {
        var at = line < lineCount ? source.Text.IndexOf(Marker, source.GetOffset(line + 1, 1), StringComparison.Ordinal) : -1;
        return at < 0 ? lineCount : source.GetLineIndex(at);
    }

    private static int NextContentLine(SourceFile source, int line, int lineCount)
    {
        var next = line + 1;
        while (next < lineCount && source.GetLineText(next).TrimStart() is var t && (t.Length == 0 || t.StartsWith('#')))
        {
            next++;
        }

        return next;
    }

    /// <summary>The target line, or every line of the rule whose list item starts on it.</summary>
    private static (int First, int Last) Scope(RuleFile file, int lineCount, int target)
    {
        var rule = file.Rules.FirstOrDefault(r => file.Source.GetLineIndex(r.Span.Start) == target);
        return rule is null ? (target, Math.Min(target, lineCount - 1)) : (target, file.Source.GetLineIndex(rule.Span.End));
    }

    [GeneratedRegex(@"#\s*slo-lint\s+(?<verb>disable-file|disable)\b(?<rest>.*)$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*(?<codes>SLO[0-9]{3}(\s*,\s*SLO[0-9]{3})*)")]
    private static partial Regex Codes();
}
