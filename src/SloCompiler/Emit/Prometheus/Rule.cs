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

    /// <summary>How often the rule's group is evaluated (see <see cref="WindowCadence"/>); null: the SLO's evaluation interval.</summary>
    public PromDuration? Interval { get; init; }

    /// <summary>This rule, evaluated every <paramref name="interval"/> (the SLO's own interval clears it).</summary>
    public Rule Every(PromDuration interval, SloModel slo) => this with { Interval = interval == slo.EvaluationInterval ? null : interval };

    public static Rule Recording(string name, string expression, SloModel slo) =>
        new(name, null, expression, null,
            [new(Conventions.ServiceLabel, slo.Service), new(Conventions.SloLabel, slo.Name)], []);
}
