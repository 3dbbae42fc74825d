using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Governance.Routing;

/// <summary>
/// Reads the <c>route</c> and <c>receivers</c> of an Alertmanager configuration (the generated one,
/// or the platform's own file given with <c>--alertmanager-config</c>) into an <see cref="AlertRouter"/>.
/// Only routing matters here, so every other key is ignored; matchers may be written as
/// <c>matchers:</c> or the older <c>match:</c>/<c>match_re:</c>.
/// </summary>
public static class AlertmanagerConfigReader
{
    public static AlertRouter? Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        if (YamlDocumentLoader.Load(context) is not YamlMappingNode root)
        {
            return null;
        }

        if (Child(root, "route") is not YamlMappingNode route || Scalar(route, "receiver") is not { } rootReceiver)
        {
            context.Report(DiagnosticDescriptors.CannotReadAlertmanagerConfig, context.Span(root.Start, root.Start), "it has no 'route' with a 'receiver'");
            return null;
        }

        var silent = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (Child(root, "receivers") is YamlSequenceNode receivers)
        {
            foreach (var receiver in receivers.Children.OfType<YamlMappingNode>())
            {
                if (Scalar(receiver, "name") is not { } name)
                {
                    continue;
                }

                declared.Add(name);
                var integrations = receiver.Children.Keys.OfType<YamlScalarNode>()
                    .Count(k => k.Value is { } key && key.EndsWith("_configs", StringComparison.Ordinal) && receiver.Children[k] is YamlSequenceNode { Children.Count: > 0 });
                if (integrations == 0)
                {
                    silent.Add(name);
                }
            }
        }

        var tree = Node(context, route, rootReceiver);
        foreach (var used in Receivers(tree).Where(r => !declared.Contains(r)))
        {
            silent.Add(used);
        }

        return new AlertRouter(tree, silent);
    }

    private static RouteNode Node(YamlContext context, YamlMappingNode route, string inherited)
    {
        var receiver = Scalar(route, "receiver") ?? inherited;
        var matchers = new List<RouteMatcher>();
        if (Child(route, "matchers") is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlScalarNode>())
            {
                if (RouteMatcher.Parse(item.Value ?? string.Empty) is { } matcher)
                {
                    matchers.Add(matcher);
                }
                else
                {
                    context.Report(DiagnosticDescriptors.CannotReadAlertmanagerConfig, context.Span(item), $"'{item.Value}' is not a matcher such as severity=\"page\"");
                }
            }
        }

        matchers.AddRange(Pairs(route, "match").Select(p => new RouteMatcher(p.Key, "=", p.Value)));
        matchers.AddRange(Pairs(route, "match_re").Select(p => new RouteMatcher(p.Key, "=~", p.Value)));
        var children = Child(route, "routes") is YamlSequenceNode routes
            ? routes.Children.OfType<YamlMappingNode>().Select(child => Node(context, child, receiver)).ToList()
            : [];
        return new RouteNode(matchers, receiver, Scalar(route, "continue") == "true", children);
    }

    private static IEnumerable<string> Receivers(RouteNode node) => node.Routes.SelectMany(Receivers).Prepend(node.Receiver);

    private static IEnumerable<KeyValuePair<string, string>> Pairs(YamlMappingNode node, string key) =>
        Child(node, key) is YamlMappingNode map
            ? map.Children.Where(e => e.Key is YamlScalarNode && e.Value is YamlScalarNode)
                .Select(e => new KeyValuePair<string, string>(((YamlScalarNode)e.Key).Value ?? string.Empty, ((YamlScalarNode)e.Value).Value ?? string.Empty))
            : [];

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;
}
