namespace SloCompiler.PromQl;

/// <summary>
/// Which Prometheus the expressions must run on. The default is 2.42, the oldest we support and
/// the promtool the tests compare against; <see cref="Prometheus3"/> accepts the newer syntax
/// (quoted UTF-8 names, limitk/limit_ratio, sort_by_label, info, …) instead of rejecting it.
/// </summary>
public sealed record PromQlOptions(bool Prometheus3 = false)
{
    public static readonly PromQlOptions Default = new();

    public static readonly PromQlOptions Latest = new(Prometheus3: true);

    /// <summary>
    /// The deepest tree accepted, in levels: an operator chain <c>a + b + …</c> of this many terms (promtool 2.42
    /// accepts such chains; it takes 80 s on one of 100,000 terms). Deeper ones get SLO200 rather than a stack
    /// overflow in one of the recursive walks; see <see cref="Threading.DeepStack"/>.
    /// </summary>
    public const int MaxTreeDepth = 100_000;
}
