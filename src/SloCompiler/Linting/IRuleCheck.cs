namespace SloCompiler.Linting;

/// <summary>
/// One lint check with one stable code. Checks are stateless: they look at one rule, may consult the
/// whole rule set through the context (duplicates, recording rules of other groups), and report.
/// </summary>
internal interface IRuleCheck
{
    void Check(LintContext context, RuleFiles.Rule rule);
}
