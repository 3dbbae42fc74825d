using SloCompiler.Diagnostics;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.Model;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Checking;

/// <summary>
/// Whether the platform configuration of <c>--alertmanager-base</c> can take our part: a YAML mapping
/// with a root <c>route</c> (SLO133), and no receiver or time interval named like one of ours (SLO134,
/// at the platform's name), since Alertmanager rejects duplicate names.
/// </summary>
internal static class AlertmanagerBaseCheck
{
    public static void Check(SourceFile platform, AlertmanagerModel model, DiagnosticBag diagnostics)
    {
        YamlMappingNode root;
        try
        {
            root = AlertmanagerMerger.Load(platform.Text);
        }
        catch (Exception e) when (e is YamlException or InvalidCastException or ArgumentOutOfRangeException)
        {
            diagnostics.Report(DiagnosticDescriptors.UnusableAlertmanagerBase, new SourceSpan(platform, 0, 0), "it is not a YAML mapping");
            return;
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("route"), out var route) || route is not YamlMappingNode)
        {
            diagnostics.Report(DiagnosticDescriptors.UnusableAlertmanagerBase, new SourceSpan(platform, 0, 0), "it has no root 'route' mapping");
            return;
        }

        Clashes(platform, root, "receivers", "receiver", model.Receivers.Select(r => r.Name).Append(AlertmanagerConventions.DefaultReceiver), diagnostics);
        Clashes(platform, root, "time_intervals", "time interval", model.TimeIntervals.Select(i => i.Name), diagnostics);
    }

    private static void Clashes(SourceFile platform, YamlMappingNode root, string list, string what, IEnumerable<string> ours, DiagnosticBag diagnostics)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(list), out var items) || items is not YamlSequenceNode sequence)
        {
            return;
        }

        var names = ours.ToHashSet(StringComparer.Ordinal);
        foreach (var item in sequence.OfType<YamlMappingNode>())
        {
            if (item.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { } value } scalar
                && names.Contains(value))
            {
                var start = (int)scalar.Start.Index;
                diagnostics.Report(DiagnosticDescriptors.AlertmanagerNameClash, new SourceSpan(platform, start, (int)scalar.End.Index - start), what, value);
            }
        }
    }
}
