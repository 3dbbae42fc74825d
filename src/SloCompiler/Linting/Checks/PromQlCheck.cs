using SloCompiler.Diagnostics;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Checks;

/// <summary>SLO200–SLO213: the expression must parse and type-check as Prometheus 2.42 does; the error points into the file.</summary>
internal sealed class PromQlCheck : IRuleCheck
{
    public void Check(LintContext context, Rule rule)
    {
        if (rule.Parsed.Error is { } error && rule.Expr.Value.Length > 0)
        {
            context.Diagnostics.Add(new Diagnostic(error.Descriptor, rule.Map(error.Range), error.Message));
        }
    }
}
