using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>
/// A PromQL function signature, e.g. <c>round(instant vector, scalar?)</c>. <see cref="Variadic"/>
/// is 0 for a fixed arity, n for up to n optional trailing arguments of the last type, and -1 for
/// any number of them; the minimum is then <c>ArgumentTypes.Count - 1</c>, as in Prometheus.
/// </summary>
public sealed record PromQlFunction(string Name, IReadOnlyList<PromQlType> ArgumentTypes, int Variadic, PromQlType ReturnType, bool Prometheus3Only)
{
    public int MinArguments => Variadic == 0 ? ArgumentTypes.Count : ArgumentTypes.Count - 1;

    /// <summary>Null when unbounded.</summary>
    public int? MaxArguments => Variadic < 0 ? null : Variadic == 0 ? ArgumentTypes.Count : ArgumentTypes.Count - 1 + Variadic;

    /// <summary>The expected type of the argument at an index (the last type repeats).</summary>
    public PromQlType ArgumentType(int index) => ArgumentTypes[Math.Min(index, ArgumentTypes.Count - 1)];

    /// <summary>A one-line example call for messages, e.g. <c>rate(v[5m])</c>.</summary>
    public string Example()
    {
        var args = ArgumentTypes.Take(MinArguments).Select(t => t switch
        {
            PromQlType.Vector => "v",
            PromQlType.Matrix => "v[5m]",
            PromQlType.Scalar => "1",
            _ => "\"label\"",
        });
        return $"{Name}({string.Join(", ", args)})";
    }
}

/// <summary>The function table: Prometheus 2.42's set, plus the newer ones flagged as Prometheus 3 only.</summary>
internal static class Functions
{
    private const PromQlType V = PromQlType.Vector;
    private const PromQlType M = PromQlType.Matrix;
    private const PromQlType S = PromQlType.Scalar;
    private const PromQlType T = PromQlType.String;

    private static readonly Dictionary<string, PromQlFunction> Table = Build();

    public static PromQlFunction? Lookup(string name, PromQlOptions options) =>
        Table.TryGetValue(name, out var f) && (options.Prometheus3 || !f.Prometheus3Only) ? f : null;

    /// <summary>True when the name exists only in newer Prometheus versions.</summary>
    public static bool IsNewer(string name) => Table.TryGetValue(name, out var f) && f.Prometheus3Only;

    public static IEnumerable<PromQlFunction> All => Table.Values;

    private static Dictionary<string, PromQlFunction> Build()
    {
        var list = new List<PromQlFunction>();
        void Add(string name, PromQlType ret, PromQlType[] args, int variadic = 0, bool newer = false) =>
            list.Add(new PromQlFunction(name, args, variadic, ret, newer));

        // element-wise math on instant vectors
        foreach (var name in new[]
                 {
                     "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "ceil", "cos", "cosh", "deg", "exp", "floor",
                     "ln", "log10", "log2", "rad", "sgn", "sin", "sinh", "sort", "sort_desc", "sqrt", "tan", "tanh", "timestamp",
                     "absent", "histogram_count", "histogram_sum",
                 })
        {
            Add(name, V, [V]);
        }

        // *_over_time and the counter/gauge range functions
        foreach (var name in new[]
                 {
                     "absent_over_time", "avg_over_time", "changes", "count_over_time", "delta", "deriv", "idelta", "increase",
                     "irate", "last_over_time", "max_over_time", "min_over_time", "present_over_time", "rate", "resets",
                     "stddev_over_time", "stdvar_over_time", "sum_over_time",
                 })
        {
            Add(name, V, [M]);
        }

        // date functions default to time() when called without argument
        foreach (var name in new[] { "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year" })
        {
            Add(name, V, [V], variadic: 1);
        }

        Add("clamp", V, [V, S, S]);
        Add("clamp_max", V, [V, S]);
        Add("clamp_min", V, [V, S]);
        Add("histogram_fraction", V, [S, S, V]);
        Add("histogram_quantile", V, [S, V]);
        Add("holt_winters", V, [M, S, S]);
        Add("label_join", V, [V, T, T, T], variadic: -1);
        Add("label_replace", V, [V, T, T, T, T]);
        Add("pi", S, []);
        Add("predict_linear", V, [M, S]);
        Add("quantile_over_time", V, [S, M]);
        Add("round", V, [V, S], variadic: 1);
        Add("scalar", S, [V]);
        Add("time", S, []);
        Add("vector", V, [S]);

        // added after 2.42: accepted only with PromQlOptions.Prometheus3
        foreach (var name in new[] { "histogram_avg", "histogram_stddev", "histogram_stdvar" })
        {
            Add(name, V, [V], newer: true);
        }

        Add("mad_over_time", V, [M], newer: true);
        Add("double_exponential_smoothing", V, [M, S, S], newer: true);
        Add("sort_by_label", V, [V, T], variadic: -1, newer: true);
        Add("sort_by_label_desc", V, [V, T], variadic: -1, newer: true);
        Add("info", V, [V, V], variadic: 1, newer: true);
        return list.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}

/// <summary>The aggregation operators; the ones with a parameter take it as first argument.</summary>
internal static class Aggregations
{
    private static readonly HashSet<string> Plain = ["sum", "avg", "count", "min", "max", "group", "stddev", "stdvar"];

    public static bool IsAggregator(string lowerName, PromQlOptions options) =>
        Plain.Contains(lowerName) || ParameterType(lowerName, options) is not null;

    /// <summary>The parameter's type, or null for aggregations without one.</summary>
    public static PromQlType? ParameterType(string lowerName, PromQlOptions options) => lowerName switch
    {
        "topk" or "bottomk" or "quantile" => PromQlType.Scalar,
        "count_values" => PromQlType.String,
        "limitk" or "limit_ratio" when options.Prometheus3 => PromQlType.Scalar,
        _ => null,
    };
}
