using YamlDotNet.Core;

namespace SloCompiler.Parsing;

/// <summary>
/// The one way slo parses YAML: YamlDotNet's parser behind the guards against hostile input, so every reader
/// (SLO sources, rule files, lint config, catalog, policy, Alertmanager config) has the same limits.
/// </summary>
internal static class GuardedYamlParser
{
    /// <summary>Real files nest a few levels; the limit only guards the stack.</summary>
    public const int MaxDepth = 64;

    public static IParser Create(TextReader text, int maxDepth = MaxDepth) =>
        new YamlDepthLimitingParser(new YamlAliasLimitingParser(new Parser(text)), maxDepth);
}
