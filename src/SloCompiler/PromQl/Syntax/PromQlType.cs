namespace SloCompiler.PromQl.Syntax;

/// <summary>The four PromQL value types, named as Prometheus prints them in errors.</summary>
public enum PromQlType
{
    /// <summary><c>http_requests_total{job="api"}</c></summary>
    Vector,

    /// <summary><c>http_requests_total[5m]</c></summary>
    Matrix,

    /// <summary><c>0.99</c></summary>
    Scalar,

    /// <summary><c>"text"</c></summary>
    String,
}

/// <summary>Prometheus' spelling of the value types in messages.</summary>
internal static class PromQlTypeNames
{
    public static string Describe(this PromQlType type) => type switch
    {
        PromQlType.Vector => "instant vector",
        PromQlType.Matrix => "range vector",
        PromQlType.Scalar => "scalar",
        _ => "string",
    };
}
