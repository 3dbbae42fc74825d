using System.Text.Json.Nodes;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Explain;
using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// One service → <c>grafana/&lt;service&gt;.json</c>: a row per SLO with the SLI against its objective,
/// the error budget left, burn rates against the alert factors, and the state of its alerts.
/// </summary>
internal static class DashboardEmitter
{
    public static OutputFile Emit(ServiceModel service, DashboardText text, string? sourceUrl = null)
    {
        var variables = Templating.Names(service);
        var layout = new PanelLayout();
        var templating = new JsonArray(Templating.DatasourceVariable(text));
        foreach (var slo in service.Slos)
        {
            var queries = new SloQueries(slo, variables[slo]);
            foreach (var label in slo.GroupBy)
            {
                var query = $"label_values({queries.BaseSeries}{Conventions.SloMatcher(slo)}, {label})";
                templating.Add((JsonNode)Templating.GroupVariable(variables[slo][label], label, slo.Name, query));
            }

            SloRow(layout, service, slo, queries, text, sourceUrl);
        }

        var longest = service.Slos.Select(s => s.Period).DefaultIfEmpty(PromDuration.FromDays(30)).Max();
        var dashboard = Dashboards.Shell(
            GrafanaJson.Uid(service.Name),
            text.ServiceTitle(service.Name),
            service.Description,
            ["slo", service.Name],
            longest,
            templating,
            layout.Panels,
            [AlertAnnotation(service, text)]);
        return new OutputFile(Conventions.GrafanaDashboardPath(service), GrafanaJson.Serialize(dashboard));
    }

    private static void SloRow(PanelLayout layout, ServiceModel service, SloModel slo, SloQueries queries, DashboardText text, string? sourceUrl)
    {
        var objective = ExplainQuantities.Percent(slo.ObjectivePercent);
        var period = text.Duration(slo.Period);
        layout.Row(text.SloRow(slo.Name, objective, period));

        var percent = new Panels.Field("percentunit") { Decimals = 3 };
        // The SLO's own words first: what it protects, then what the panel shows.
        var sliDescription = text.SliDescription(text.Duration(queries.BaseWindow), objective);
        var sli = Panels.Timeseries(
            text.SliTitle,
            string.IsNullOrWhiteSpace(slo.Description) ? sliDescription : $"{slo.Description.Trim()}\n\n{sliDescription}",
            percent,
            [
                GrafanaJson.Target("A", queries.Sli, Legend(slo, "SLI")),
                GrafanaJson.Target("B", queries.Objective, text.ObjectiveLegend),
            ]);
        var links = new JsonArray();
        if (service.RunbookFor(slo) is { } runbook)
        {
            links.Add((JsonNode)Panels.Link(text.RunbookLink, runbook));
        }

        if (SourceLink(sourceUrl, slo) is { } source)
        {
            links.Add((JsonNode)Panels.Link(text.SourceLink, source));
        }

        if (links.Count > 0)
        {
            sli["links"] = links;
        }

        layout.Add(sli, 12, 8);

        var budget = percent with
        {
            Decimals = 1,
            Thresholds = GrafanaJson.Thresholds("red", (0m, "orange"), (0.25m, "yellow"), (0.5m, "green")),
        };
        layout.Add(
            Panels.Stat(text.BudgetTitle, text.BudgetDescription(period), budget, [GrafanaJson.Target("A", queries.BudgetRemaining, Legend(slo, slo.Name), instant: true)]),
            6,
            8);

        var alerts = new Panels.Field("none") { Thresholds = GrafanaJson.Thresholds("green", (1m, "red")) };
        layout.Add(
            Panels.StateTimeline(text.AlertsTitle, text.AlertsDescription, alerts, [GrafanaJson.Target("A", queries.Alerts, "{{alertname}} {{alertstate}}")]),
            6,
            8);

        var thresholds = queries.Thresholds.ToList();
        string Factors(AlertTierKind tier) =>
            string.Join(", ", thresholds.Where(t => t.Tier == tier).Select(t => DecimalText.Format(t.Factor) + "×").DefaultIfEmpty(text.None));
        var burn = new Panels.Field("none")
        {
            Min = 0,
            ThresholdLines = true,
            Thresholds = GrafanaJson.Thresholds(
                "green",
                thresholds.Select(t => (t.Factor, t.Tier == AlertTierKind.Page ? "red" : "orange")).ToArray()),
        };
        // A JSON node has one parent: each panel gets its own thresholds.
        Panels.Field BudgetLeft() => percent with { Decimals = 1, ThresholdLines = true, Thresholds = GrafanaJson.Thresholds("red", (0m, "green")) };
        layout.Add(
            Panels.Timeseries(text.BurnDownTitle, text.BurnDownDescription(period), BudgetLeft(), [GrafanaJson.Target("A", queries.BudgetBurnDown, Legend(slo, slo.Name))]),
            12,
            8);
        layout.Add(
            Panels.Timeseries(text.BudgetHistoryTitle, text.BudgetHistoryDescription(period), BudgetLeft(), [GrafanaJson.Target("A", queries.BudgetRemaining, Legend(slo, slo.Name))]),
            12,
            8);

        var burnTargets = queries.BurnRates.Select((b, i) => GrafanaJson.Target(GrafanaJson.RefId(i), b.Expr, Legend(slo, b.Window.ToString())));
        layout.Add(
            Panels.Timeseries(text.BurnTitle, text.BurnDescription(Factors(AlertTierKind.Page), Factors(AlertTierKind.Ticket)), burn, burnTargets),
            PanelLayout.Columns,
            8);
    }

    /// <summary>The SLO's place in its source: <c>{path}</c> and <c>{line}</c> of <see cref="EmitOptions.SourceUrl"/> filled in.</summary>
    private static string? SourceLink(string? sourceUrl, SloModel slo) =>
        sourceUrl is null || slo.SourcePath is null
            ? null
            : sourceUrl.Replace("{path}", slo.SourcePath, StringComparison.Ordinal)
                .Replace("{line}", slo.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// Marks on every graph while one of the service's alerts fires (burn rate, no data, its down alert),
    /// in the Prometheus data source's annotation form (the query in <c>target</c>, the display fields
    /// beside it), so a burn-rate bump lines up with its page.
    /// </summary>
    private static JsonObject AlertAnnotation(ServiceModel service, DashboardText text) => new()
    {
        ["datasource"] = GrafanaJson.Datasource(),
        ["enable"] = true,
        ["iconColor"] = "red",
        ["name"] = text.AlertAnnotation,
        ["tagKeys"] = "alertname,slo,alert_tier",
        ["target"] = new JsonObject
        {
            ["expr"] = $"{Conventions.AlertsSeries}{{alertstate=\"firing\", {Conventions.ServiceLabel}={PromQlString.Quote(service.Name)}}}",
            ["interval"] = "1m",
            ["refId"] = "Anno",
        },
        ["textFormat"] = "{{alertname}} ({{alert_tier}})",
        ["titleFormat"] = "{{slo}}",
        ["useValueForTime"] = false,
    };

    /// <summary>Grouped SLOs draw one line per group, so the legend names the group labels too.</summary>
    private static string Legend(SloModel slo, string name) =>
        slo.GroupBy.Count == 0 ? name : name + " " + string.Join(" ", slo.GroupBy.Select(l => $"{{{{{l}}}}}"));
}
