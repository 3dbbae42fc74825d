using SloCompiler.Emit.Prometheus;
using SloCompiler.Emit.PromtoolTests;
using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit;

/// <summary>
/// One service → <c>tests/&lt;service&gt;.test.yml</c> for <c>promtool test rules</c>: per SLO, a full
/// outage that must page on time and a slow burn that must open a ticket, on synthetic series.
/// Every alert expectation queries <c>ALERTS</c> for this SLO alone (full label set); where no
/// sibling SLO reads the same series, an <c>alert_rule_test</c> also pins the annotations.
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
                comments.Add(slo.Sli switch
                {
                    LatencySliModel { Native: true } => $"# {slo.Name}: not tested here; promtool 2.42 cannot write native-histogram input series (its series notation has no histogram samples).",
                    RawSliModel => $"# {slo.Name}: not tested here; no input series make this raw expression an error ratio (it must read as bad / total, bad / (good + bad) or 1 - good / total).",
                    ThresholdSliModel { Aggregation: "count" } => $"# {slo.Name}: not tested here; a count of synthetic series cannot be driven across the threshold.",
                    _ => $"# {slo.Name}: not tested here; no label set satisfies its selectors.",
                });
                continue;
            }

            var scenarios = new[] { ScenarioPlanner.Outage(slo), ScenarioPlanner.SlowBurn(slo) }.Concat(LowTrafficPlanner.Page(slo)).Concat(LowTrafficPlanner.Ticket(slo)).ToList();
            if (series.Any(s => s.OnlyErrors))
            {
                scenarios.Add(ScenarioPlanner.Flawless());
            }

            if (NoDataRule.RoutedLike(slo) is not null)
            {
                scenarios = [.. scenarios.Select(s => s?.QuietNoData()), ScenarioPlanner.NoData(slo)];
            }

            foreach (var scenario in scenarios)
            {
                if (scenario is null)
                {
                    continue;
                }

                comments.AddRange(scenario.Notes.Select(n => $"# {slo.Name}: {n}"));
                tests.Add(TestGroup(service, slo, series, scenario, SiblingInputs.AreRead(service, slo, series)));
            }
        }

        var root = YamlWriter.Map(
        [
            new("rule_files", new YamlSequenceNode(YamlWriter.String(RuleFile(service, options)))),
            new("evaluation_interval", YamlWriter.Plain("1m")),
            new("tests", tests.Count == 0 ? YamlWriter.FlowSequence([]) : new YamlSequenceNode(tests)),
        ]);
        return new OutputFile(Conventions.TestPath(service), YamlWriter.Serialize(root, comments));
    }

    /// <summary>The rule file the tests load: the service's own, or its copy without <c>query_offset</c> beside the tests.</summary>
    private static string RuleFile(ServiceModel service, EmitOptions options) =>
        PrometheusRulesEmitter.WritesQueryOffset(service, options)
            ? Path.GetFileName(Conventions.PromtoolRulesPath(service))
            : Conventions.RulesPathFromTests(service);

    private static YamlMappingNode TestGroup(
        ServiceModel service, SloModel slo, IReadOnlyList<SyntheticSeries> series, Scenario scenario, bool siblingsReadInputs)
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
        var ordered = scenario.Checks.OrderBy(c => c.Minute).ThenBy(c => c.Kind).ToList();
        var entries = new List<KeyValuePair<string, YamlNode>>
        {
            new("interval", YamlWriter.Plain("1m")),
            new("input_series", new YamlSequenceNode(input)),
        };
        // promtool's alert_rule_test compares every alert of a name, so when both tiers share one the
        // annotations are not checked here; promql_expr_test still checks each tier's state by alert_tier.
        var annotated = siblingsReadInputs || Conventions.TiersShareAlertName(slo)
            ? []
            : ordered.Where(c => c.Firing).Select(c => Check(service, slo, c, groupLabels)).ToList();
        if (annotated.Count > 0)
        {
            entries.Add(new("alert_rule_test", new YamlSequenceNode(annotated)));
        }

        var expressions = ordered.Select(c => AlertStateCheck(service, slo, c, groupLabels))
            .Concat(scenario.NoDataChecks.OrderBy(c => c.Minute).Select(c => NoDataStateCheck(service, slo, c)))
            .Concat((scenario.Records ?? []).Select(r => RecordCheck(slo, r, groupLabels)));
        entries.Add(new("promql_expr_test", new YamlSequenceNode(expressions)));
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

    /// <summary>The alert of this SLO and tier is firing (exactly these labels) or absent at a minute.</summary>
    private static YamlMappingNode AlertStateCheck(ServiceModel service, SloModel slo, AlertCheck check, IReadOnlyList<KeyValuePair<string, string>> groupLabels)
    {
        var tier = check.Kind == AlertTierKind.Page ? slo.Page : slo.Ticket;
        var alertname = Conventions.AlertName(tier);
        // alert_tier tells the tiers apart when they share a name (alert_name, Sloth's alerting.name).
        var tierMatcher = Conventions.TiersShareAlertName(slo) ? $", {Conventions.AlertTierLabel}={PromQlString.Quote(tier.Name)}" : string.Empty;
        var selector = $"ALERTS{{alertname={PromQlString.Quote(alertname)}, {Conventions.ServiceLabel}={PromQlString.Quote(slo.Service)}, " +
            $"{Conventions.SloLabel}={PromQlString.Quote(slo.Name)}{tierMatcher}, alertstate=\"firing\"}}";
        YamlNode expected = YamlWriter.FlowSequence([]);
        if (check.Firing)
        {
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["alertname"] = alertname, ["alertstate"] = "firing" };
            foreach (var (key, value) in AlertText.Labels(service, slo, tier).Concat(groupLabels))
            {
                labels[key] = value;
            }

            expected = new YamlSequenceNode(YamlWriter.Map(
            [
                new("labels", YamlWriter.String(new SyntheticSeries("ALERTS", labels, _ => 0).Text)),
                new("value", YamlWriter.Plain("1")),
            ]));
        }

        return YamlWriter.Map(
        [
            new("expr", YamlWriter.String(selector)),
            new("eval_time", YamlWriter.Plain(ScenarioPlanner.Minutes(check.Minute))),
            new("exp_samples", expected),
        ]);
    }

    /// <summary>The no-data alert of this SLO is firing (with absent()'s labels under the rule's) or absent at a minute.</summary>
    private static YamlMappingNode NoDataStateCheck(ServiceModel service, SloModel slo, NoDataCheck check)
    {
        YamlNode expected = YamlWriter.FlowSequence([]);
        if (check.Firing)
        {
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["alertname"] = Conventions.NoDataAlert,
                ["alertstate"] = "firing",
            };
            foreach (var (key, value) in NoDataRule.AbsentLabels(slo).Concat(AlertText.Labels(service, slo, NoDataRule.RoutedLike(slo)!)))
            {
                labels[key] = value;
            }

            expected = new YamlSequenceNode(YamlWriter.Map(
            [
                new("labels", YamlWriter.String(new SyntheticSeries("ALERTS", labels, _ => 0).Text)),
                new("value", YamlWriter.Plain("1")),
            ]));
        }

        return YamlWriter.Map(
        [
            new("expr", YamlWriter.String($"ALERTS{{alertname={PromQlString.Quote(Conventions.NoDataAlert)}, " +
                $"{Conventions.ServiceLabel}={PromQlString.Quote(slo.Service)}, {Conventions.SloLabel}={PromQlString.Quote(slo.Name)}, alertstate=\"firing\"}}")),
            new("eval_time", YamlWriter.Plain(ScenarioPlanner.Minutes(check.Minute))),
            new("exp_samples", expected),
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
            new("alertname", YamlWriter.String(Conventions.AlertName(tier))),
            new("exp_alerts", expected),
        ]);
    }
}
