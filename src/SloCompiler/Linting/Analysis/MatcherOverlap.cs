using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// Whether two label matchers can never hold for the same value: <c>="2"</c> and <c>="5"</c>, <c>="200"</c> and
/// <c>=~"5.."</c>, <c>=~"2.."</c> and <c>=~"5.."</c>. Conservative: false unless provably disjoint. Regexes are
/// compared only when each is an alternation of fixed-length sequences of literal characters and <c>.</c>.
/// </summary>
internal static class MatcherOverlap
{
    public static bool Disjoint(Matcher a, Matcher b) => (a.Operator, b.Operator) switch
    {
        (MatcherOperator.Equal, MatcherOperator.Equal) => a.Value != b.Value,
        (MatcherOperator.Equal, MatcherOperator.NotEqual) or (MatcherOperator.NotEqual, MatcherOperator.Equal) => a.Value == b.Value,
        (MatcherOperator.Equal, MatcherOperator.RegexMatch) => Matches(b.Value, a.Value) == false,
        (MatcherOperator.RegexMatch, MatcherOperator.Equal) => Matches(a.Value, b.Value) == false,
        (MatcherOperator.Equal, MatcherOperator.RegexNoMatch) => Matches(b.Value, a.Value) == true,
        (MatcherOperator.RegexNoMatch, MatcherOperator.Equal) => Matches(a.Value, b.Value) == true,
        (MatcherOperator.RegexMatch, MatcherOperator.RegexNoMatch) or (MatcherOperator.RegexNoMatch, MatcherOperator.RegexMatch) => a.Value == b.Value,
        (MatcherOperator.RegexMatch, MatcherOperator.RegexMatch) => RegexesDisjoint(a.Value, b.Value),
        _ => false,
    };

    /// <summary>Whether the anchored RE2 pattern matches the value; null when it cannot be compiled.</summary>
    private static bool? Matches(string pattern, string value) => SelectorRules.LinearAnchoredRegex(pattern)?.IsMatch(value);

    private static bool RegexesDisjoint(string a, string b) =>
        Alternatives(a) is { } left && Alternatives(b) is { } right
        && left.All(x => right.All(y => x.Count != y.Count || x.Zip(y).Any(pair => pair.First != '.' && pair.Second != '.' && pair.First != pair.Second)));

    /// <summary>
    /// <c>2..|404</c> as <c>["2..", "404"]</c>, one entry per character ('.' for any); null for anything else
    /// (classes, repetition, groups, escapes other than of punctuation).
    /// </summary>
    private static List<List<char>>? Alternatives(string pattern)
    {
        var alternatives = new List<List<char>> { new() };
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '|':
                    alternatives.Add([]);
                    break;
                case '\\' when i + 1 < pattern.Length && (char.IsPunctuation(pattern[i + 1]) || char.IsSymbol(pattern[i + 1])):
                    // an escaped '.' is the character itself, kept apart from the wildcard as NUL (which no label value holds)
                    alternatives[^1].Add(pattern[++i] == '.' ? '\0' : pattern[i]);
                    break;
                case '.':
                    alternatives[^1].Add('.');
                    break;
                case '[' or ']' or '(' or ')' or '{' or '}' or '*' or '+' or '?' or '^' or '$' or '\\':
                    return null;
                default:
                    alternatives[^1].Add(c);
                    break;
            }
        }

        return alternatives;
    }
}
