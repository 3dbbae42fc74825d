using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Linting;

/// <summary>
/// A rule the linter saw and the file span of its whole list item, e.g. to keep only diagnostics inside rules
/// whose lines changed (<c>slo lint --changed-since</c>).
/// </summary>
public sealed record LintedRule(string Name, RuleKind Kind, string Group, SourceSpan Span);
