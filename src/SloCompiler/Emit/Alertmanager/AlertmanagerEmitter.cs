using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Alertmanager;

/// <summary>
/// The Alertmanager 0.25 configuration for the generated alerts. <see cref="AlertmanagerMode.Full"/>:
/// <c>alertmanager/alertmanager.yml</c>, a complete config whose root goes to a receiver that notifies
/// nobody. <see cref="AlertmanagerMode.Routes"/>: <c>alertmanager/routes.yml</c>, only the SLO subtree
/// with its receivers, time intervals and inhibit rules, for a platform that owns the root config.
/// </summary>
public static class AlertmanagerEmitter
{
    /// <summary>
    /// Null when no receiver is declared: then nothing says where alerts go, and no file is written.
    /// <paramref name="defaultReceiver"/> (a declared receiver) replaces the silent <c>slo-default</c> at the root.
    /// </summary>
    public static OutputFile? Emit(SloProgram program, AlertmanagerMode mode, string? defaultReceiver = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        var model = program.Alertmanager;
        if (!model.HasReceivers)
        {
            return null;
        }

        var entries = new List<KeyValuePair<string, YamlNode>>
        {
            new("templates", AlertmanagerRouteBuilder.Strings([AlertmanagerConventions.TemplateGlob])),
            new("route", Route(program, mode, defaultReceiver ?? AlertmanagerConventions.DefaultReceiver)),
        };
        var receivers = model.Receivers.Select(r => (YamlNode)AlertmanagerSections.Receiver(r)).ToList();
        if (mode == AlertmanagerMode.Full && defaultReceiver is null)
        {
            receivers.Insert(0, AlertmanagerSections.NullReceiver(AlertmanagerConventions.DefaultReceiver));
        }

        entries.Add(new("receivers", new YamlSequenceNode(receivers)));
        if (model.TimeIntervals.Count > 0)
        {
            entries.Add(new("time_intervals", new YamlSequenceNode(model.TimeIntervals.Select(AlertmanagerSections.TimeInterval))));
        }

        entries.Add(new("inhibit_rules", new YamlSequenceNode(AlertmanagerSections.InhibitRules(program, model))));
        var path = mode == AlertmanagerMode.Full ? AlertmanagerConventions.FullPath : AlertmanagerConventions.RoutesPath;
        return new OutputFile(path, YamlWriter.Serialize(YamlWriter.Map(entries), [AlertmanagerConventions.Header(program, mode)]));
    }

    private static YamlMappingNode Route(SloProgram program, AlertmanagerMode mode, string rootReceiver)
    {
        var (wait, interval, repeat) = AlertmanagerConventions.Timings(AlertTierKind.Page);
        var entries = new List<KeyValuePair<string, YamlNode>>();
        if (mode == AlertmanagerMode.Full)
        {
            entries.Add(new("receiver", YamlWriter.String(rootReceiver)));
        }
        else
        {
            // Only the SLO alerts enter the subtree; everything else stays with the platform's routes.
            entries.Add(new("matchers", AlertmanagerRouteBuilder.Strings([AlertmanagerConventions.SloAlertsMatcher(program)])));
        }

        entries.Add(new("group_by", YamlWriter.FlowSequence(AlertmanagerConventions.GroupBy.Select(g => (YamlNode)YamlWriter.String(g)))));
        entries.Add(new("group_wait", YamlWriter.Plain(wait)));
        entries.Add(new("group_interval", YamlWriter.Plain(interval)));
        entries.Add(new("repeat_interval", YamlWriter.Plain(repeat)));
        if (mode == AlertmanagerMode.Routes)
        {
            entries.Add(new("continue", YamlWriter.Plain("false")));
        }

        var routes = new List<YamlNode>();
        if (mode == AlertmanagerMode.Full)
        {
            // First, so the team and service routes (which a down alert may also match) never swallow it.
            routes.AddRange(AlertmanagerRouteBuilder.DownAlertRoutes(program.Alertmanager, program.Services));
        }

        routes.AddRange(AlertmanagerRouteBuilder.Routes(program.Services));
        entries.Add(new("routes", new YamlSequenceNode(routes)));
        return YamlWriter.Map(entries);
    }
}
