using SloCompiler.Model;

namespace SloCompiler.Emit.Prometheus;

/// <summary>One recording or alerting rule before serialisation.</summary>
internal sealed record Rule(
    string? Record,
    string? Alert,
    string Expression,
    PromDuration? For,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    IReadOnlyList<KeyValuePair<string, string>> Annotations)
{
    /// <summary><c>keep_firing_for</c> of an alert; null writes none (every ruler but vmalert 1.79 reads it).</summary>
    public PromDuration? KeepFiringFor { get; init; }

    public static Rule Recording(string name, string expression, SloModel slo) =>
        new(name, null, expression, null,
            [new(Conventions.ServiceLabel, slo.Service), new(Conventions.SloLabel, slo.Name)], []);
}
