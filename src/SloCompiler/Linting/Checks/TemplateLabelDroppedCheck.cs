using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.RuleFiles;
using SloCompiler.Syntax;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO426: <c>{{ $labels.instance }}</c> in a template reads the alerting series' labels; after
/// <c>sum by (job)</c> there is no instance label, so the text always renders empty. Inside
/// <c>{{ range … }}</c> and <c>{{ with … }}</c> the dot is rebound (to a query's result, say), so
/// <c>.Labels</c> there is not the alert's; <c>$labels</c> always is.
/// </summary>
internal sealed partial class TemplateLabelDroppedCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Kind != RuleKind.Alerting || rule.Ast is null)
        {
            return;
        }

        var labels = context.LabelsOf(rule.Ast);
        Report(context, rule.Labels, "label", labels);
        Report(context, rule.Annotations, "annotation", labels);
    }

    private static void Report(LintContext context, IReadOnlyList<LabelSyntax> entries, string what, LabelSet labels)
    {
        foreach (var entry in entries)
        {
            foreach (var name in ReadsOf(entry.Value.Value).Where(n => !labels.CanHave(n)))
            {
                context.Report(DiagnosticDescriptors.LintTemplateLabelDropped, entry.Value.Span, what, entry.Name.Value, name, labels.Reason);
            }
        }
    }

    /// <summary>
    /// The templates read on this thread and the labels each reads: generated rule files repeat one summary or
    /// description on every alert (Sloth's, a mixin's), and matching it again for each was a tenth of lint's garbage.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, string[]>? _readsByTemplate;

    /// <summary>Templates remembered per thread at most; past that the table starts again.</summary>
    private const int TemplatesRemembered = 4096;

    /// <summary>The alert labels a template reads, each once.</summary>
    private static string[] ReadsOf(string template)
    {
        var remembered = _readsByTemplate ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (remembered.TryGetValue(template, out var reads))
        {
            return reads;
        }

        if (remembered.Count >= TemplatesRemembered)
        {
            remembered.Clear();
        }

        reads = AlertLabelReads(template).Distinct(StringComparer.Ordinal).ToArray();
        remembered[template] = reads;
        return reads;
    }

    /// <summary>The alert labels a template reads, action by action, skipping <c>.Labels</c> where the dot is rebound.</summary>
    private static IEnumerable<string> AlertLabelReads(string template)
    {
        var blocks = new Stack<bool>(); // true: range/with, which rebind the dot
        var rebinding = 0; // how many of the open blocks are true: asking the stack at every action was quadratic in nesting
        foreach (Match action in Action.Matches(template))
        {
            var body = action.Groups["body"].Value;
            var dotIsAlert = rebinding == 0;
            foreach (Match reference in LabelReference().Matches(body))
            {
                if (dotIsAlert || reference.Value.Contains("$labels", StringComparison.Ordinal))
                {
                    yield return reference.Groups["dot"].Success ? reference.Groups["dot"].Value : reference.Groups["index"].Value;
                }
            }

            var keyword = Keyword().Match(body).Groups["word"].Value;
            if (keyword is "range" or "with")
            {
                blocks.Push(true);
                rebinding++;
            }
            else if (keyword is "if" or "define" or "block")
            {
                blocks.Push(false);
            }
            else if (keyword == "end" && blocks.Count > 0 && blocks.Pop())
            {
                rebinding--;
            }
        }
    }

    /// <summary>Linear time: backtracking tried every <c>{{</c> of a text with no <c>}}</c> to its end, quadratic on hostile annotations.</summary>
    private static readonly Regex Action = new(@"\{\{-?(?<body>.*?)-?\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    [GeneratedRegex(@"^\s*(?<word>[a-z]+)")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"(?:\$labels|\.Labels)\.(?<dot>[a-zA-Z_][a-zA-Z0-9_]*)|index\s+(?:\$labels|\.Labels)\s+""(?<index>[a-zA-Z_][a-zA-Z0-9_]*)""")]
    private static partial Regex LabelReference();
}
