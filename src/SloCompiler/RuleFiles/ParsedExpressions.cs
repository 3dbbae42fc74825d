using System.Collections.Concurrent;
using SloCompiler.PromQl;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.RuleFiles;

/// <summary>
/// The PromQL of a rule file, parsed up front on every core: each <c>expr:</c> value under the loaded
/// documents is parsed once (identical expressions share one result, whose ranges are relative to the
/// expression), so reading the rules afterwards only looks results up. Parsing is pure, so the order of
/// work does not change any result. Expressions the prefill did not see are parsed on demand.
/// </summary>
internal sealed class ParsedExpressions
{
    private readonly ConcurrentDictionary<string, (string Text, PromQlParseResult Result)> _results;
    private readonly PromQlOptions _options;

    /// <param name="expected">How many expressions to make room for: growing the table locks every writer out.</param>
    private ParsedExpressions(PromQlOptions options, int expected = 0)
    {
        _options = options;
        _results = new ConcurrentDictionary<string, (string Text, PromQlParseResult Result)>(
            concurrencyLevel: Environment.ProcessorCount * 8, capacity: Math.Max(expected, 31), StringComparer.Ordinal);
    }

    public static ParsedExpressions Prefill(YamlStream stream, PromQlOptions options)
    {
        var parsed = new ParsedExpressions(options);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in stream.Documents)
        {
            CollectExprValues(document.RootNode, texts, depth: 0);
        }

        Parallel.ForEach(texts, text => parsed._results.TryAdd(text, (text, PromQlParser.Parse(text, options))));
        return parsed;
    }

    /// <summary>Parses when asked: for callers that already work on every core, expecting about <paramref name="expected"/> expressions.</summary>
    public static ParsedExpressions OnDemand(PromQlOptions options, int expected = 0) => new(options, expected);

    public PromQlParseResult Get(string text) => Shared(text).Result;

    /// <summary>The parse of <paramref name="text"/>, and the first instance of that text, for callers that keep it.</summary>
    /// <remarks>Identical expressions then share one string as well as one tree.</remarks>
    public (string Text, PromQlParseResult Result) Shared(string text) => _results.GetOrAdd(text, t => (t, PromQlParser.Parse(t, _options)));

    /// <summary>Scalar values of <c>expr</c> keys at the depths rules sit (groups → rules → rule; spec adds two).</summary>
    private static void CollectExprValues(YamlNode node, HashSet<string> texts, int depth)
    {
        const int DeepestRule = 8;
        if (depth > DeepestRule)
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: "expr" } && value is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        texts.Add(text);
                    }
                    else
                    {
                        CollectExprValues(value, texts, depth + 1);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    CollectExprValues(child, texts, depth + 1);
                }

                break;
        }
    }
}
