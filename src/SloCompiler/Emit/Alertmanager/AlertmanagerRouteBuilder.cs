using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Alertmanager;

/// <summary>
/// The routing tree below the root: one route per team (<c>team="…"</c>), inside it one per service
/// (<c>service="…"</c>), inside that one per alert tier (<c>alert_tier="page"</c>) with the tier's
/// receiver, timings and active time interval. Services without a team hang directly under the root.
/// </summary>
internal static class AlertmanagerRouteBuilder
{
    /// <summary>The tier routes of one service: SLOs sharing a receiver and interval share a route.</summary>
    internal sealed record TierRoute(AlertTierKind Kind, string Receiver, string? During, IReadOnlyList<string> Slos, bool OnlyGroup);

    public static IReadOnlyList<YamlNode> Routes(IReadOnlyList<ServiceModel> services)
    {
        var routes = new List<YamlNode>();
        var teams = services.Where(s => s.Team is not null).GroupBy(s => s.Team!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var team in teams)
        {
            var serviceRoutes = team.OrderBy(s => s.Name, StringComparer.Ordinal).Select(ServiceRoute).OfType<YamlNode>().ToList();
            if (serviceRoutes.Count > 0)
            {
                routes.Add(Route([AlertmanagerConventions.Matcher(Conventions.TeamLabel, team.Key)], serviceRoutes));
            }
        }

        routes.AddRange(services.Where(s => s.Team is null).OrderBy(s => s.Name, StringComparer.Ordinal).Select(ServiceRoute).OfType<YamlNode>());
        return routes;
    }

    /// <summary>
    /// A declared down alert goes to its service's page receiver (the first by name when SLOs page
    /// different ones), with page timings; a shared name is told apart by the <c>service</c> label.
    /// Services that page nobody keep their down alert with the root receiver.
    /// </summary>
    public static IEnumerable<YamlNode> DownAlertRoutes(AlertmanagerModel model, IReadOnlyList<ServiceModel> services)
    {
        foreach (var down in model.DownAlerts)
        {
            var receiver = services.Where(s => s.Name == down.Service).SelectMany(TierRoutes)
                .Where(t => t.Kind == AlertTierKind.Page).Select(t => t.Receiver).Order(StringComparer.Ordinal).FirstOrDefault();
            if (receiver is null)
            {
                continue;
            }

            var matchers = new List<string> { AlertmanagerConventions.Matcher("alertname", down.AlertName) };
            if (model.IsShared(down))
            {
                matchers.Add(AlertmanagerConventions.Matcher(Conventions.ServiceLabel, down.Service));
            }

            var (wait, interval, repeat) = AlertmanagerConventions.Timings(AlertTierKind.Page);
            yield return YamlWriter.Map(
            [
                new("receiver", YamlWriter.String(receiver)),
                new("matchers", Strings(matchers)),
                new("group_wait", YamlWriter.Plain(wait)),
                new("group_interval", YamlWriter.Plain(interval)),
                new("repeat_interval", YamlWriter.Plain(repeat)),
            ]);
        }
    }

    /// <summary>Every enabled tier of the service with its receiver; tiers without a receiver are left out (the checker reports them).</summary>
    public static IReadOnlyList<TierRoute> TierRoutes(ServiceModel service)
    {
        var result = new List<TierRoute>();
        foreach (var kind in new[] { AlertTierKind.Page, AlertTierKind.Ticket })
        {
            var groups = service.Slos
                .Select(slo => (Slo: slo.Name, Tier: kind == AlertTierKind.Page ? slo.Page : slo.Ticket))
                .Where(t => t.Tier.Enabled && !string.IsNullOrEmpty(t.Tier.Receiver))
                .GroupBy(t => (Receiver: t.Tier.Receiver!, t.Tier.During))
                .OrderBy(g => g.Key.Receiver, StringComparer.Ordinal).ThenBy(g => g.Key.During, StringComparer.Ordinal)
                .ToList();
            result.AddRange(groups.Select(g => new TierRoute(
                kind, g.Key.Receiver, g.Key.During, g.Select(t => t.Slo).OrderBy(n => n, StringComparer.Ordinal).ToList(), groups.Count == 1)));
        }

        return result;
    }

    private static YamlMappingNode? ServiceRoute(ServiceModel service)
    {
        var tiers = TierRoutes(service).Select(TierNode).ToList();
        return tiers.Count == 0 ? null : Route([AlertmanagerConventions.Matcher(Conventions.ServiceLabel, service.Name)], tiers);
    }

    private static YamlNode TierNode(TierRoute route)
    {
        var tierName = route.Kind == AlertTierKind.Page ? "page" : "ticket";
        var matchers = new List<string> { AlertmanagerConventions.Matcher(Conventions.AlertTierLabel, tierName) };
        if (!route.OnlyGroup)
        {
            // SLOs of one service route differently: name them (SLO names need no regex escaping).
            matchers.Add(route.Slos.Count == 1
                ? AlertmanagerConventions.Matcher(Conventions.SloLabel, route.Slos[0])
                : AlertmanagerConventions.Matcher(Conventions.SloLabel, string.Join('|', route.Slos), "=~"));
        }

        var (wait, interval, repeat) = AlertmanagerConventions.Timings(route.Kind);
        var entries = new List<KeyValuePair<string, YamlNode>>
        {
            new("receiver", YamlWriter.String(route.Receiver)),
            new("matchers", Strings(matchers)),
            new("group_wait", YamlWriter.Plain(wait)),
            new("group_interval", YamlWriter.Plain(interval)),
            new("repeat_interval", YamlWriter.Plain(repeat)),
        };
        if (route.During is { } during)
        {
            entries.Add(new("active_time_intervals", Strings([during])));
        }

        return YamlWriter.Map(entries);
    }

    private static YamlMappingNode Route(IReadOnlyList<string> matchers, IReadOnlyList<YamlNode> children) =>
        YamlWriter.Map(
        [
            new("matchers", Strings(matchers)),
            new("routes", new YamlSequenceNode(children)),
        ]);

    public static YamlSequenceNode Strings(IEnumerable<string> values) => new(values.Select(v => (YamlNode)YamlWriter.String(v)));
}
