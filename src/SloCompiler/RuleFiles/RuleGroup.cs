using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.RuleFiles;

/// <summary>
/// <c>- name: api-slos, interval: 30s, rules: [...]</c>. Prometheus evaluates the rules of a group in order,
/// and groups independently of each other, which is why some checks compare groups.
/// </summary>
public sealed record RuleGroup(Spanned<string> Name, Spanned<TimeSpan>? Interval, Spanned<long>? Limit, IReadOnlyList<Rule> Rules, SourceSpan Span)
{
    /// <summary>The group's fields that only some rulers read (<c>query_offset</c>, <c>labels</c> …), each with where its key is written.</summary>
    public IReadOnlyList<Spanned<string>> TargetFields { get; init; } = [];
}
