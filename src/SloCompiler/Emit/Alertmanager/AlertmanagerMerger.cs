using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using SloCompiler.Parsing;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Emit.Alertmanager;

/// <summary>
/// <c>--alertmanager-base FILE</c>: the platform's own configuration with the routes-mode output merged
/// in. Our route becomes the first child of the platform's root route (Alertmanager takes the first
/// matching child, and ours matches only the SLO alerts); our receivers, time intervals, inhibit rules
/// and templates are appended to the platform's lists. Nothing of the platform's is changed or removed.
/// <see cref="Checking.AlertmanagerBaseCheck"/> has already refused a base it cannot be merged into.
/// </summary>
public static class AlertmanagerMerger
{
    public static OutputFile Merge(SloProgram program, SourceFile platform)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(platform);
        var ours = Load(AlertmanagerEmitter.Emit(program, AlertmanagerMode.Routes)!.Content);
        var merged = Load(platform.Text);
        var route = (YamlMappingNode)merged["route"];
        if (!route.Children.TryGetValue(new YamlScalarNode("routes"), out var children) || children is not YamlSequenceNode)
        {
            children = new YamlSequenceNode();
            route.Children[new YamlScalarNode("routes")] = children;
        }

        ((YamlSequenceNode)children).Children.Insert(0, ours["route"]);
        foreach (var list in new[] { "receivers", "time_intervals", "inhibit_rules", "templates" })
        {
            if (!ours.Children.TryGetValue(new YamlScalarNode(list), out var items))
            {
                continue;
            }

            if (!merged.Children.TryGetValue(new YamlScalarNode(list), out var theirs) || theirs is not YamlSequenceNode)
            {
                theirs = new YamlSequenceNode();
                merged.Children[new YamlScalarNode(list)] = theirs;
            }

            foreach (var item in (YamlSequenceNode)items)
            {
                ((YamlSequenceNode)theirs).Children.Add(item);
            }
        }

        var header = new[]
        {
            Conventions.Header(program.SourcePaths.Append(platform.Path)),
            $"# {platform.Path} with the SLO alerts merged in: the first child of route.routes (alertname=~\"{Conventions.BurnRateAlertPattern(program.Services.SelectMany(s => s.Slos))}\") and the",
            "# receivers, time_intervals, inhibit_rules and templates appended after the platform's own are generated; edit the platform file instead.",
        };
        return new OutputFile(AlertmanagerConventions.FullPath, YamlWriter.Serialize(merged, header));
    }

    internal static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(GuardedYamlParser.Create(new StringReader(yaml)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
