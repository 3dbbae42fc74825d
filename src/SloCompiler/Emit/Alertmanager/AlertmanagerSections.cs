using SloCompiler.Checking;
using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Alertmanager;

/// <summary>The <c>receivers</c>, <c>time_intervals</c> and <c>inhibit_rules</c> sections, as YAML nodes.</summary>
internal static class AlertmanagerSections
{
    /// <summary>The name, then one <c>*_configs</c> list per kind of integration, keys sorted.</summary>
    public static YamlMappingNode Receiver(ReceiverModel receiver)
    {
        var entries = new List<KeyValuePair<string, YamlNode>> { new("name", YamlWriter.String(receiver.Name)) };
        foreach (var kind in receiver.Integrations.GroupBy(i => ConfigsKey(i.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            entries.Add(new(kind.Key, new YamlSequenceNode(kind.Select(Integration))));
        }

        return YamlWriter.Map(entries);
    }

    /// <summary>The settings as written (except the template names) and the templated fields, keys sorted.</summary>
    private static YamlMappingNode Integration(ReceiverIntegration integration) =>
        YamlWriter.Map(integration.Settings
            .Where(s => !AlertmanagerReceiverRules.TemplateKeys.Contains(s.Key))
            .Select(s => new KeyValuePair<string, YamlNode>(
                s.Key, s.Key == "send_resolved" ? YamlWriter.Plain(s.Value) : YamlWriter.String(s.Value)))
            .Concat(NotificationFields.For(integration))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList());

    private static string ConfigsKey(ReceiverKind kind) => kind switch
    {
        ReceiverKind.PagerDuty => "pagerduty_configs",
        ReceiverKind.Slack => "slack_configs",
        ReceiverKind.Email => "email_configs",
        ReceiverKind.Opsgenie => "opsgenie_configs",
        ReceiverKind.MsTeams => "msteams_configs",
        _ => "webhook_configs",
    };

    /// <summary>The default receiver: a name without integrations, which Alertmanager accepts and never notifies.</summary>
    public static YamlMappingNode NullReceiver(string name) => YamlWriter.Map([new("name", YamlWriter.String(name))]);

    public static YamlMappingNode TimeInterval(TimeIntervalModel interval)
    {
        var entries = new List<KeyValuePair<string, YamlNode>>();
        if (interval.Weekdays.Count > 0)
        {
            entries.Add(new("weekdays", AlertmanagerRouteBuilder.Strings(interval.Weekdays.SelectMany(AlertmanagerTimeParser.Format))));
        }

        if (interval.Times.Count > 0)
        {
            entries.Add(new("times", new YamlSequenceNode(interval.Times.Select(t => (YamlNode)YamlWriter.Map(
            [
                new("start_time", YamlWriter.String(TimeOfDayRange.Format(t.StartMinute))),
                new("end_time", YamlWriter.String(TimeOfDayRange.Format(t.EndMinute))),
            ])))));
        }

        if (interval.Location is { } location)
        {
            entries.Add(new("location", YamlWriter.String(location)));
        }

        return YamlWriter.Map(
        [
            new("name", YamlWriter.String(interval.Name)),
            new("time_intervals", new YamlSequenceNode(YamlWriter.Map(entries))),
        ]);
    }

    /// <summary>
    /// A page already woke someone, so the ticket of the same SLO would only repeat it; and while a
    /// declared service-down alert fires, the service's SLO alerts add nothing but noise. A down alert
    /// only one service declares is matched by its name alone, so a hand-written rule works as written;
    /// a name several services share is matched with the <c>service</c> label the rule must then carry.
    /// </summary>
    public static IEnumerable<YamlNode> InhibitRules(SloProgram program, AlertmanagerModel model)
    {
        yield return Inhibit(
            [AlertmanagerConventions.Matcher(Conventions.AlertTierLabel, "page")],
            [AlertmanagerConventions.Matcher(Conventions.AlertTierLabel, "ticket")],
            [Conventions.ServiceLabel, Conventions.SloLabel]);
        foreach (var down in model.DownAlerts)
        {
            var target = new[] { AlertmanagerConventions.Matcher(Conventions.ServiceLabel, down.Service), AlertmanagerConventions.SloAlertsMatcher(program) };
            yield return model.IsShared(down)
                ? Inhibit(
                    [AlertmanagerConventions.Matcher("alertname", down.AlertName), AlertmanagerConventions.Matcher(Conventions.ServiceLabel, down.Service)],
                    target,
                    [Conventions.ServiceLabel])
                : Inhibit([AlertmanagerConventions.Matcher("alertname", down.AlertName)], target, []);
        }
    }

    /// <summary>An inhibit rule; without labels to be equal, <c>equal</c> is left out.</summary>
    private static YamlMappingNode Inhibit(string[] source, string[] target, string[] equal)
    {
        List<KeyValuePair<string, YamlNode>> entries =
        [
            new("source_matchers", AlertmanagerRouteBuilder.Strings(source)),
            new("target_matchers", AlertmanagerRouteBuilder.Strings(target)),
        ];
        if (equal.Length > 0)
        {
            entries.Add(new("equal", YamlWriter.FlowSequence(equal.Select(e => (YamlNode)YamlWriter.String(e)))));
        }

        return YamlWriter.Map(entries);
    }
}
