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
}
