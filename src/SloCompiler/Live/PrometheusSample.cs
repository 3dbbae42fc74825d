namespace SloCompiler.Live;

/// <summary>One series of an instant query: its labels and value (NaN and ±Inf as Prometheus sends them).</summary>
public sealed record PrometheusSample(IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>One series of a range query: its labels and its points in time order.</summary>
public sealed record PrometheusSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(DateTimeOffset Time, double Value)> Points)
{
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>What a query returned, with the warnings the server attached (shown, never hidden).</summary>
public sealed record PrometheusResult<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Warnings);
