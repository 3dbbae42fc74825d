using SloCompiler.PromQl.Syntax;
using SloCompiler.RuleFiles;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// The series a recording rule can write, as far as telling two rules with the same name and static labels apart
/// needs: the labels its result keeps and, for kept labels its selectors match, the matchers every value satisfies.
/// Two rules cannot collide when a label both keep is matched to disjoint values, as <c>code</c> in
/// <c>sum by (code) (rate(x{code=~"2.."}[5m]))</c> and <c>sum by (code) (rate(x{code=~"5.."}[5m]))</c>.
/// Conservative: they collide unless provably apart.
/// </summary>
internal sealed class SeriesCollision
{
    /// <summary>Labels past these (in written order) are not compared, so a 100,000-matcher selector stays linear; they count as overlapping.</summary>
    private const int MaxLabelsCompared = 64;

    private readonly LabelSet? _kept;
    private readonly Dictionary<string, IReadOnlyList<Matcher>> _values = new(StringComparer.Ordinal);

    public SeriesCollision(Rule rule)
    {
        if (rule.Ast is not { } ast)
        {
            return;
        }

        _kept = LabelFlow.Of(ast);
        var matched = ExprTree.DescendantsAndSelf(ast).OfType<VectorSelector>().SelectMany(v => v.Matchers).Select(m => m.Name)
            .Where(name => name != "__name__" && rule.Label(name) is null && _kept.CanHave(name)).Distinct(StringComparer.Ordinal);
        foreach (var label in matched.Take(MaxLabelsCompared))
        {
            _values[label] = LabelValueMatchers.Of(ast, label);
        }
    }

    /// <summary>
    /// The one value a kept label can have, when an equality matcher fixes it (<c>job="api"</c> under
    /// <c>sum by (job)</c>); null otherwise. Two rules whose values of such a label differ never collide.
    /// </summary>
    public string? ExactValue(string label) =>
        _values.TryGetValue(label, out var matchers)
            ? matchers.Where(m => m.Operator == MatcherOperator.Equal).Select(m => m.Value).FirstOrDefault()
            : null;

    /// <summary>The kept labels an equality matcher fixes, in written order.</summary>
    public IEnumerable<string> ExactLabels => _values.Keys.Where(label => ExactValue(label) is not null);

    public bool CanCollideWith(SeriesCollision other)
    {
        if (_kept is null || other._kept is null)
        {
            return true;
        }

        foreach (var (label, mine) in _values)
        {
            if (other._values.TryGetValue(label, out var theirs) && mine.Any(x => theirs.Any(y => MatcherOverlap.Disjoint(x, y))))
            {
                return false;
            }
        }

        return true;
    }
}
