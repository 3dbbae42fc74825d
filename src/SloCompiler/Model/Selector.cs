using System.Text;

namespace SloCompiler.Model;

/// <summary>A PromQL vector selector: <c>http_requests_total{job="api", code=~"5.."}</c>.</summary>
public sealed record Selector(string MetricName, IReadOnlyList<LabelMatcher> Matchers)
{
    /// <summary>Canonical PromQL text; <paramref name="extra"/> matchers (e.g. le) are appended.</summary>
    public string ToPromQl(params LabelMatcher[] extra)
    {
        var all = Matchers.Concat(extra).ToList();
        if (all.Count == 0)
        {
            return MetricName;
        }

        var builder = new StringBuilder(MetricName).Append('{');
        builder.AppendJoin(", ", all.Select(m => m.ToPromQl()));
        return builder.Append('}').ToString();
    }

    /// <summary>The same selector on another metric name, e.g. <c>_bucket</c> of a histogram.</summary>
    public Selector WithMetricName(string metricName) => this with { MetricName = metricName };

    public override string ToString() => ToPromQl();
}

public enum MatchOperator
{
    Equal,
    NotEqual,
    RegexMatch,
    RegexNoMatch,
}

/// <summary><c>code=~"5.."</c>.</summary>
public sealed record LabelMatcher(string Name, MatchOperator Operator, string Value)
{
    public string OperatorText => Operator switch
    {
        MatchOperator.Equal => "=",
        MatchOperator.NotEqual => "!=",
        MatchOperator.RegexMatch => "=~",
        _ => "!~",
    };

    public string ToPromQl() => Name + OperatorText + PromQlString.Quote(Value);
}
