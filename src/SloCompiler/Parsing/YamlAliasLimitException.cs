using YamlDotNet.Core;

namespace SloCompiler.Parsing;

/// <summary>An alias that would make the document expand past <see cref="YamlAliasLimitingParser"/>'s budget.</summary>
internal sealed class YamlAliasLimitException(Mark start, Mark end, string reason) : YamlException(start, end, reason)
{
    /// <summary>What was exceeded, for SLO188's message, e.g. "past 10,000 nodes".</summary>
    public string Reason { get; } = reason;
}
