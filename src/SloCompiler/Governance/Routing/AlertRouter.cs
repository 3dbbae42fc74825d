namespace SloCompiler.Governance.Routing;

/// <summary>
/// Simulates Alertmanager's routing: an alert descends into the first child route whose matchers
/// all match, and on into later siblings only past a route with <c>continue: true</c>; a node no
/// child takes delivers to its own receiver. The rule linter calls <see cref="Route"/> for
/// hand-written alerts; coverage calls it for every generated alert.
/// </summary>
public sealed class AlertRouter(RouteNode root, IReadOnlySet<string> silentReceivers)
{
    /// <summary>The receivers an alert with these labels (<c>alertname</c> included) is delivered to, in tree order.</summary>
    public IReadOnlyList<string> Route(IReadOnlyDictionary<string, string> labels)
    {
        var receivers = new List<string>();
        Deliver(root, labels, receivers);
        return receivers.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The same for an alert name and its labels, the shape the rule linter has.</summary>
    public IReadOnlyList<string> Route(string alertName, IEnumerable<KeyValuePair<string, string>> labels)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels)
        {
            all[key] = value;
        }

        all["alertname"] = alertName;
        return Route(all);
    }

    /// <summary>True for a receiver with no integrations (or not declared): alerts routed there reach no one.</summary>
    public bool NotifiesNobody(string receiver) => silentReceivers.Contains(receiver);

    private static void Deliver(RouteNode node, IReadOnlyDictionary<string, string> labels, List<string> receivers)
    {
        var taken = false;
        foreach (var child in node.Routes)
        {
            if (!child.Matches(labels))
            {
                continue;
            }

            Deliver(child, labels, receivers);
            taken = true;
            if (!child.Continue)
            {
                break;
            }
        }

        if (!taken)
        {
            receivers.Add(node.Receiver);
        }
    }
}
