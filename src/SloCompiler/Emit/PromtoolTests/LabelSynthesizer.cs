using SloCompiler.Model;

namespace SloCompiler.Emit.PromtoolTests;

/// <summary>Label sets that do, or deliberately do not, satisfy selectors.</summary>
internal static class LabelSynthesizer
{
    private static readonly string[] Candidates = ["200", "404", "ok", "x", "500", "503", "5xx", "error", "true", "1"];

    public static bool Matches(IReadOnlyDictionary<string, string> labels, LabelMatcher matcher)
    {
        var value = labels.TryGetValue(matcher.Name, out var v) ? v : string.Empty;
        return matcher.Operator switch
        {
            MatchOperator.Equal => value == matcher.Value,
            MatchOperator.NotEqual => value != matcher.Value,
            MatchOperator.RegexMatch => RegexSampler.Matches(matcher.Value, value),
            _ => !RegexSampler.Matches(matcher.Value, value),
        };
    }

    public static bool Matches(IReadOnlyDictionary<string, string> labels, IEnumerable<LabelMatcher> matchers) =>
        matchers.All(m => Matches(labels, m));

    /// <summary>Labels satisfying every matcher, plus one value per group-by label; null when impossible.</summary>
    public static SortedDictionary<string, string>? Satisfy(IEnumerable<LabelMatcher> matchers, IEnumerable<string> groupBy)
    {
        var all = matchers.ToList();
        var groups = groupBy.ToList();
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in all.Select(m => m.Name).Distinct())
        {
            var onName = all.Where(m => m.Name == name).ToList();
            var preferred = groups.Contains(name) ? [GroupValue(name)] : Array.Empty<string>();
            var value = preferred.Concat(ValuesFor(onName)).FirstOrDefault(v => onName.All(m => Matches(Single(name, v), m)));
            if (value is null)
            {
                return null;
            }

            if (value.Length > 0)
            {
                labels[name] = value;
            }
        }

        foreach (var name in groups.Where(g => !labels.ContainsKey(g)))
        {
            labels[name] = GroupValue(name);
        }

        return labels;
    }

    /// <summary>
    /// Labels satisfying <paramref name="keep"/> but not <paramref name="avoid"/>, changing one label
    /// at a time; <paramref name="skip"/> lists values already used so that each call differs.
    /// </summary>
    public static SortedDictionary<string, string>? Violate(
        SortedDictionary<string, string> keepLabels, IReadOnlyList<LabelMatcher> keep, IReadOnlyList<LabelMatcher> avoid, ISet<string> skip)
    {
        foreach (var matcher in avoid)
        {
            foreach (var value in Candidates.Append(string.Empty).Where(v => !skip.Contains(v)))
            {
                var labels = new SortedDictionary<string, string>(keepLabels, StringComparer.Ordinal);
                if (value.Length > 0)
                {
                    labels[matcher.Name] = value;
                }
                else
                {
                    labels.Remove(matcher.Name);
                }

                if (Matches(labels, keep) && !Matches(labels, avoid))
                {
                    skip.Add(value);
                    return labels;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> ValuesFor(List<LabelMatcher> matchers)
    {
        foreach (var m in matchers.Where(m => m.Operator == MatchOperator.Equal))
        {
            yield return m.Value;
        }

        foreach (var m in matchers.Where(m => m.Operator == MatchOperator.RegexMatch))
        {
            if (RegexSampler.Sample(m.Value) is { } sample)
            {
                yield return sample;
            }
        }

        foreach (var candidate in Candidates)
        {
            yield return candidate;
        }

        yield return string.Empty;
    }

    /// <summary>A readable value for a group-by label, e.g. <c>route-a</c>.</summary>
    private static string GroupValue(string name) => name + "-a";

    private static Dictionary<string, string> Single(string name, string value) => new() { [name] = value };
}
