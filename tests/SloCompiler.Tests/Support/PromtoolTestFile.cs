using System.Text.RegularExpressions;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Support;

/// <summary>One input series of a promtool test case: the selector as written and one sample per interval.</summary>
internal sealed record PromtoolInputSeries(string Series, IReadOnlyList<double?> Samples);

/// <summary>
/// What a promtool test case expects of an alert at a minute: firing or quiet. <see cref="Labels"/> narrow
/// the alerts it speaks of (empty: every alert of that name, as promtool's <c>alert_rule_test</c> with no
/// expected alerts means).
/// </summary>
internal sealed record PromtoolAlertExpectation(string AlertName, IReadOnlyDictionary<string, string> Labels, int Minute, bool Firing);

/// <summary>A test case of a promtool test file: its input series, its alert expectations, and how many minutes it spans.</summary>
internal sealed record PromtoolTestCase(int Index, IReadOnlyList<PromtoolInputSeries> Series, IReadOnlyList<PromtoolAlertExpectation> Alerts)
{
    public int Minutes => Math.Max(Series.Max(s => s.Samples.Count), Alerts.Count == 0 ? 0 : Alerts.Max(a => a.Minute) + 1);
}

/// <summary>
/// Reads the parts of a promtool rule test file that say when alerts fire: <c>input_series</c>,
/// <c>alert_rule_test</c>, and <c>promql_expr_test</c> entries that select <c>ALERTS{...}</c>. Test cases
/// must step by one minute, as every generated test does.
/// </summary>
internal static partial class PromtoolTestFile
{
    public static IReadOnlyList<PromtoolTestCase> Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var cases = new List<PromtoolTestCase>();
        foreach (var test in ((YamlSequenceNode)root["tests"]).Cast<YamlMappingNode>())
        {
            if (Text(test, "interval") is { } interval && interval != "1m")
            {
                throw new NotSupportedException($"{path}: test case {cases.Count} steps by {interval}; only 1m is read");
            }

            var series = Items(test, "input_series")
                .Select(s => new PromtoolInputSeries(Text(s, "series")!, PromtoolSeriesValues.Expand(Text(s, "values") ?? string.Empty)))
                .ToList();
            var alerts = Items(test, "alert_rule_test").Select(AlertRuleTest)
                .Concat(Items(test, "promql_expr_test").Select(ExpressionTest).OfType<PromtoolAlertExpectation>())
                .ToList();
            cases.Add(new(cases.Count, series, alerts));
        }

        return cases;
    }

    private static PromtoolAlertExpectation AlertRuleTest(YamlMappingNode test)
    {
        var expected = Items(test, "exp_alerts").ToList();
        var labels = expected.Count == 0
            ? new Dictionary<string, string>()
            : ((YamlMappingNode)expected[0]["exp_labels"]).Children
                .Where(l => ((YamlScalarNode)l.Key).Value is "service" or "slo")
                .ToDictionary(l => ((YamlScalarNode)l.Key).Value!, l => ((YamlScalarNode)l.Value).Value!);
        return new(Text(test, "alertname")!, labels, Minute(Text(test, "eval_time")!), expected.Count > 0);
    }

    /// <summary>An expectation when the expression is an <c>ALERTS{...}</c> selector; null for any other expression.</summary>
    private static PromtoolAlertExpectation? ExpressionTest(YamlMappingNode test)
    {
        var expression = Text(test, "expr")!;
        if (!expression.StartsWith("ALERTS{", StringComparison.Ordinal))
        {
            return null;
        }

        var matchers = LabelMatcher().Matches(expression).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var alertName = matchers["alertname"];
        if (!matchers.Remove("alertstate", out var state) || state != "firing")
        {
            throw new NotSupportedException($"only firing ALERTS are read: {expression}");
        }

        matchers.Remove("alertname");
        return new(alertName, matchers, Minute(Text(test, "eval_time")!), Items(test, "exp_samples").Any());
    }

    private static int Minute(string evalTime)
    {
        if (!PromDuration.TryParse(evalTime, out var duration) || duration.Milliseconds % 60_000 != 0)
        {
            throw new NotSupportedException($"eval_time {evalTime} is not a whole minute");
        }

        return (int)duration.TotalMinutes;
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Cast<YamlMappingNode>()
            : [];

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex("""(\w+)="([^"]*)"(?:,|\})""")]
    private static partial Regex LabelMatcher();
}
