namespace SloCompiler.Catalog;

/// <summary>One sample line of a /metrics page: <c>http_requests_total{code="200"} 1027</c>; the value is not kept.</summary>
internal sealed record ExpositionSample(string Name, IReadOnlyList<KeyValuePair<string, string>> Labels, int Line);
