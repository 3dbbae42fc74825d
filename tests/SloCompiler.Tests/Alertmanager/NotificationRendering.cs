using System.Text.Json;
using SloCompiler.Emit;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;
using SloCompiler.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// Renders a receiver field of a generated configuration with the real <c>amtool template render</c>, on
/// the alert the generated rules fire (its labels and annotations as <see cref="AlertText"/> makes them),
/// in Alertmanager's notification data layout.
/// </summary>
internal static class NotificationRendering
{
    /// <summary>The templated string at <c>receivers[name].configsKey[0].path…</c>, e.g. ("chat", "slack_configs", "text").</summary>
    public static string Field(string configYaml, string receiver, string configsKey, params string[] path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(configYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var node = ((YamlSequenceNode)root["receivers"]).Cast<YamlMappingNode>()
            .Single(r => ((YamlScalarNode)r["name"]).Value == receiver);
        YamlNode current = ((YamlSequenceNode)node[configsKey])[0];
        foreach (var key in path)
        {
            current = ((YamlMappingNode)current)[key];
        }

        return ((YamlScalarNode)current).Value!;
    }

    /// <summary>The notification data of one alert of <paramref name="tier"/>, with the SLO's group labels set to <paramref name="group"/>.</summary>
    public static string AlertData(
        ServiceModel service, SloModel slo, AlertTierModel tier, IReadOnlyDictionary<string, string> group, bool resolved = false)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["alertname"] = Conventions.AlertName(tier) };
        foreach (var (key, value) in AlertText.Labels(service, slo, tier).Concat(group))
        {
            labels[key] = value;
        }

        var annotations = AlertText.Annotations(service, slo, tier, SloWindows.For(slo).Of(tier.Kind)).ToDictionary(a => a.Key, a => a.Value);
        var status = resolved ? "resolved" : "firing";
        var alert = new Dictionary<string, object>
        {
            ["status"] = status,
            ["labels"] = labels,
            ["annotations"] = annotations,
            ["startsAt"] = "2026-03-01T10:00:00Z",
            ["endsAt"] = resolved ? "2026-03-01T11:00:00Z" : "0001-01-01T00:00:00Z",
            ["generatorURL"] = "http://prometheus.example.com/graph?g0.expr=ALERTS",
            ["fingerprint"] = "0123456789abcdef",
        };
        var groupLabels = new[] { "alertname", Conventions.ServiceLabel, Conventions.SloLabel }.ToDictionary(l => l, l => labels[l]);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["receiver"] = tier.Receiver ?? "none",
            ["status"] = status,
            ["alerts"] = new[] { alert },
            ["groupLabels"] = groupLabels,
            ["commonLabels"] = labels,
            ["commonAnnotations"] = annotations,
            ["externalURL"] = "http://alertmanager.example.com",
        });
    }

    /// <summary>Runs <c>amtool template render</c> with the templates in <paramref name="templateFolder"/>; fails the test on a non-zero exit.</summary>
    public static string Render(string templateFolder, string templateText, string data, bool html = false)
    {
        var dataPath = Path.Combine(templateFolder, $"data-{Guid.NewGuid():N}.json");
        File.WriteAllText(dataPath, data);
        var (exitCode, output) = Amtool.Run(templateFolder, "template", "render",
            $"--template.glob={Path.Combine(templateFolder, "*.tmpl")}", $"--template.text={templateText}",
            $"--template.type={(html ? "html" : "text")}", $"--template.data={dataPath}");
        exitCode.Should().Be(0, output);
        return output;
    }
}
