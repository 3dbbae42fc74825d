using SloCompiler.Diagnostics;
using SloCompiler.Linting.Analysis;
using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>
/// SLO433: <c>on(instance)</c> matches series by a label; if an aggregation below already removed it, that
/// side has it empty and the match is not the intended one. <c>group_left(team)</c> copies a label from the
/// other side, which must still have it.
/// </summary>
internal sealed class MatchingLabelDroppedCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        foreach (var binary in rule.Nodes<BinaryExpr>().Where(b => b.Matching is not null))
        {
            var matching = binary.Matching!;
            var sides = new[] { ("left", context.LabelsOf(binary.Left)), ("right", context.LabelsOf(binary.Right)) };
            if (matching.On)
            {
                foreach (var label in matching.Labels)
                {
                    foreach (var (side, labels) in sides.Where(s => !s.Item2.CanHave(label)))
                    {
                        context.Report(DiagnosticDescriptors.LintMatchingLabelDropped, rule.Map(binary.OperatorRange), "on", label, side, labels.Reason);
                    }
                }
            }

            var (groupKeyword, oneSide) = matching.Group == GroupSide.Left ? ("group_left", sides[1]) : ("group_right", sides[0]);
            foreach (var label in matching.Group == GroupSide.None ? [] : matching.Include.Where(l => !oneSide.Item2.CanHave(l)))
            {
                context.Report(DiagnosticDescriptors.LintMatchingLabelDropped, rule.Map(binary.OperatorRange), groupKeyword, label, oneSide.Item1, oneSide.Item2.Reason);
            }
        }
    }
}
