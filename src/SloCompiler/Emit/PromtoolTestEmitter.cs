using SloCompiler.Emit.Prometheus;
using SloCompiler.Emit.PromtoolTests;
using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit;

/// <summary>
/// One service → <c>tests/&lt;service&gt;.test.yml</c> for <c>promtool test rules</c>: per SLO, a full
/// outage that must page on time and a slow burn that must open a ticket, on synthetic series.
/// </summary>
public static class PromtoolTestEmitter
{
    public static OutputFile Emit(ServiceModel service) => Emit(service, EmitOptions.Default);

    public static OutputFile Emit(ServiceModel service, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var comments = new List<string> { Conventions.Header(service) };
        var tests = new List<YamlNode>();
        foreach (var slo in service.Slos)
        {
            var series = SeriesFactory.For(slo);
            if (series is null)
            {
                comments.Add(slo.Sli is RawSliModel
                    ? $"# {slo.Name}: not tested here; a raw SLI is an arbitrary expression, so no input series can be derived from it."
                    : $"# {slo.Name}: not tested here; no label set satisfies its selectors.");
                continue;
            }

            var scenarios = new[] { ScenarioPlanner.Outage(slo), ScenarioPlanner.SlowBurn(slo) }.ToList();
            if (series.Any(s => s.OnlyErrors))
            {
                scenarios.Add(ScenarioPlanner.Flawless());
            }

            foreach (var scenario in scenarios)
            {
                if (scenario is null)
                {
                    continue;
                }

                comments.AddRange(scenario.Notes.Select(n => $"# {slo.Name}: {n}"));
                tests.Add(TestGroup(service, slo, series, scenario));
            }
        }

        var root = YamlWriter.Map(
        [
            new("rule_files", new YamlSequenceNode(YamlWriter.String(Conventions.RulesPathFromTests(service)))),
            new("evaluation_interval", YamlWriter.Plain("1m")),
            new("tests", tests.Count == 0 ? YamlWriter.FlowSequence([]) : new YamlSequenceNode(tests)),
        ]);
        return new OutputFile(Conventions.TestPath(service), YamlWriter.Serialize(root, comments));
    }

    private static YamlMappingNode TestGroup(ServiceModel service, SloModel slo, IReadOnlyList<SyntheticSeries> series, Scenario scenario)
    {
        var input = series.Where(s => !(scenario.WithoutErrorSeries && s.OnlyErrors)).Select(s => YamlWriter.Map(
        [
            new("series", YamlWriter.String(s.Text)),
            new("values", YamlWriter.String(s.Values(scenario.Phases))),
        ]));
        var groupLabels = slo.GroupBy
            .Where(series[0].Labels.ContainsKey)
            .Select(g => new KeyValuePair<string, string>(g, series[0].Labels[g]))
            .ToList();
        var checks = scenario.Checks.OrderBy(c => c.Minute).ThenBy(c => c.Kind).Select(c => Check(service, slo, c, groupLabels));
        var entries = new List<KeyValuePair<string, YamlNode>>
        {
            new("interval", YamlWriter.Plain("1m")),
            new("input_series", new YamlSequenceNode(input)),
            new("alert_rule_test", new YamlSequenceNode(checks)),
        };
        if (scenario.Records is { Count: > 0 } records)
        {
            entries.Add(new("promql_expr_test", new YamlSequenceNode(records.Select(r => RecordCheck(slo, r, groupLabels)))));
        }

        return YamlWriter.Map(entries);
    }

    private static YamlMappingNode RecordCheck(SloModel slo, RecordCheck check, IReadOnlyList<KeyValuePair<string, string>> groupLabels)
    {
        var selector = $"{check.Record}{Conventions.SloMatcher(slo)}";
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Conventions.ServiceLabel] = slo.Service,
            [Conventions.SloLabel] = slo.Name,
        };
        foreach (var (key, value) in check.Grouped ? groupLabels : [])
        {
            labels[key] = value;
        }

        var series = new SyntheticSeries(check.Record, labels, _ => 0).Text;
        return YamlWriter.Map(
        [
            new("expr", YamlWriter.String(selector)),
            new("eval_time", YamlWriter.Plain(ScenarioPlanner.Minutes(check.Minute))),
            new("exp_samples", new YamlSequenceNode(YamlWriter.Map(
            [
                new("labels", YamlWriter.String(series)),
                new("value", YamlWriter.Plain(DecimalText.Format(check.Value))),
            ]))),
        ]);
    }

    private static YamlMappingNode Check(ServiceModel service, SloModel slo, AlertCheck check, IReadOnlyList<KeyValuePair<string, string>> groupLabels)
    {
        var tier = check.Kind == AlertTierKind.Page ? slo.Page : slo.Ticket;
        YamlNode expected = YamlWriter.FlowSequence([]);
        if (check.Firing)
        {
            var labels = AlertText.Labels(service, slo, tier).Concat(groupLabels)
                .OrderBy(l => l.Key, StringComparer.Ordinal);
            expected = new YamlSequenceNode(YamlWriter.Map(
            [
                new("exp_labels", YamlWriter.StringMap(labels)),
                new("exp_annotations", YamlWriter.StringMap(AlertText.Annotations(service, slo, tier, SloWindows.For(slo).Of(check.Kind)))),
            ]));
        }

        return YamlWriter.Map(
        [
            new("eval_time", YamlWriter.Plain(ScenarioPlanner.Minutes(check.Minute))),
            new("alertname", YamlWriter.String(Conventions.AlertName(check.Kind))),
            new("exp_alerts", expected),
        ]);
    }
}
