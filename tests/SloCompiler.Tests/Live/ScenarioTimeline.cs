using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SloCompiler.Emit;
using SloCompiler.Model;
using SloCompiler.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Live;

/// <summary>
/// Lays the test cases of one promtool test file one after another on a single time line, each in a slot
/// of its own: its minutes, then a gap longer than the longest range any alert reads (directly or through
/// a recording), so no window of a case ever sees the samples of the case before it. The SLO's budget
/// recording (a whole period long) is left out of the gap: no alert reads it.
/// </summary>
internal static partial class ScenarioTimeline
{
    public static (IReadOnlyList<ReplayedScenario> Scenarios, DateTimeOffset End) Lay(string testFile, string ruleFile, DateTimeOffset start)
    {
        var cases = PromtoolTestFile.Read(testFile);
        var gap = LongestAlertRange(ruleFile) + TimeSpan.FromHours(1);
        var slot = TimeSpan.FromHours(Math.Ceiling((TimeSpan.FromMinutes(cases.Max(c => c.Minutes)) + gap).TotalHours));
        var scenarios = cases.Select(c => new ReplayedScenario(testFile, c, start + slot * c.Index)).ToList();
        return (scenarios, start + slot * cases.Count);
    }

    /// <summary>Every input sample of the cases in the Prometheus text format, at its slot's minute.</summary>
    public static string PrometheusText(IEnumerable<ReplayedScenario> scenarios)
    {
        var text = new StringBuilder();
        foreach (var scenario in scenarios)
        {
            foreach (var series in scenario.Case.Series)
            {
                for (var minute = 0; minute < series.Samples.Count; minute++)
                {
                    if (series.Samples[minute] is { } value)
                    {
                        var time = scenario.Start.AddMinutes(minute).ToUnixTimeMilliseconds();
                        text.Append(CultureInfo.InvariantCulture, $"{series.Series} {value.ToString("R", CultureInfo.InvariantCulture)} {time}\n");
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>How each alert of the file is compared (<see cref="AlertTiming"/>), by <see cref="AlertKey"/> (several SLOs of a file share an alert name).</summary>
    public static IReadOnlyDictionary<string, AlertTiming> AlertTimings(string ruleFile)
    {
        var timings = new Dictionary<string, AlertTiming>(StringComparer.Ordinal);
        foreach (var group in Groups(ruleFile))
        {
            var interval = Scalar(group, "interval") is { } text && PromDuration.TryParse(text, out var d)
                ? TimeSpan.FromMilliseconds(d.Milliseconds)
                : TimeSpan.FromMinutes(1);
            foreach (var rule in Rules(group))
            {
                if (Scalar(rule, "alert") is { } alert)
                {
                    var readsRecording = AbsentOfRecording().IsMatch(Scalar(rule, "expr") ?? string.Empty);
                    var slo = rule.Children.TryGetValue(new YamlScalarNode("labels"), out var labels) && labels is YamlMappingNode map ? Scalar(map, "slo") : null;
                    timings.TryAdd(AlertKey(alert, slo), new AlertTiming(interval, readsRecording ? AlertTiming.LookbackMinutes + 1 : 1));
                }
            }
        }

        return timings;
    }

    /// <summary>An alert of one SLO: its name and its <c>slo</c> label (null when it has none).</summary>
    public static string AlertKey(string alertName, string? slo) => $"{alertName}/{slo}";

    private static TimeSpan LongestAlertRange(string ruleFile)
    {
        var longest = TimeSpan.FromMinutes(5);
        foreach (var rule in Groups(ruleFile).SelectMany(Rules))
        {
            if (Scalar(rule, "record") == Conventions.BudgetRemainingRecord)
            {
                continue;
            }

            foreach (Match range in RangeSelector().Matches(Scalar(rule, "expr") ?? string.Empty))
            {
                if (PromDuration.TryParse(range.Groups[1].Value, out var duration) && TimeSpan.FromMilliseconds(duration.Milliseconds) > longest)
                {
                    longest = TimeSpan.FromMilliseconds(duration.Milliseconds);
                }
            }
        }

        return longest;
    }

    private static IEnumerable<YamlMappingNode> Groups(string ruleFile)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(ruleFile))
        {
            yaml.Load(reader);
        }

        return ((YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["groups"]).Cast<YamlMappingNode>();
    }

    private static IEnumerable<YamlMappingNode> Rules(YamlMappingNode group) => ((YamlSequenceNode)group["rules"]).Cast<YamlMappingNode>();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"^\s*absent\(\w*:")]
    private static partial Regex AbsentOfRecording();

    [GeneratedRegex(@"\[(\d+[smhdwy][0-9smhdwy]*)(?::[^\]]*)?\]")]
    private static partial Regex RangeSelector();
}
