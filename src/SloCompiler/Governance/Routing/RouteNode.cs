namespace SloCompiler.Governance.Routing;

/// <summary>A node of an Alertmanager routing tree; <see cref="Receiver"/> is already inherited from the parent.</summary>
public sealed record RouteNode(IReadOnlyList<RouteMatcher> Matchers, string Receiver, bool Continue, IReadOnlyList<RouteNode> Routes)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels) => Matchers.All(m => m.Matches(labels));
}
