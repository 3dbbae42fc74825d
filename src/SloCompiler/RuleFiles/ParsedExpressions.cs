using SloCompiler.Threading;
using System.Collections.Concurrent;
using SloCompiler.PromQl;
using SloCompiler.Text;
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
    private readonly ConcurrentDictionary<string, PromQlParseResult> _results;

    /// <summary>Results by the scalar as written in its file, for readers that do not keep the value (see <see cref="ForScalar"/>).</summary>
    private readonly ConcurrentDictionary<WrittenScalar, PromQlParseResult> _byWritten;
    private readonly PromQlOptions _options;

    /// <param name="expected">How many expressions to make room for: growing the table locks every writer out.</param>
    private ParsedExpressions(PromQlOptions options, int expected = 0)
    {
        _options = options;
        _results = new ConcurrentDictionary<string, PromQlParseResult>(StringComparer.Ordinal);
        _byWritten = new ConcurrentDictionary<WrittenScalar, PromQlParseResult>(concurrencyLevel: Environment.ProcessorCount * 8, capacity: Math.Max(expected, 31));
    }

    public static ParsedExpressions Prefill(YamlStream stream, PromQlOptions options)
    {
        var parsed = new ParsedExpressions(options);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in stream.Documents)
        {
            CollectExprValues(document.RootNode, texts, depth: 0);
        }

        var all = texts.ToArray();
        DeepStack.For(all.Length, i => parsed._results.TryAdd(all[i], PromQlParser.Parse(all[i], options)) || true);
        return parsed;
    }

    /// <summary>Parses when asked: for callers that already work on every core, expecting about <paramref name="expected"/> expressions.</summary>
    public static ParsedExpressions OnDemand(PromQlOptions options, int expected = 0) => new(options, expected);

    public PromQlParseResult Get(string text) => _results.GetOrAdd(text, t => PromQlParser.Parse(t, _options));

    /// <summary>
    /// The parse of <paramref name="value"/>, the value of the scalar written at <paramref name="written"/>. Results are
    /// keyed by the written text (the same text is the same value), so the table holds no copy of any expression:
    /// keeping every expression's value as a key was a tenth of the peak memory of reading 100,000 rules.
    /// </summary>
    public PromQlParseResult ForScalar(SourceSpan written, string value) =>
        _byWritten.GetOrAdd(new WrittenScalar(written.File.Text, written.Start, written.Length), static (_, state) => PromQlParser.Parse(state.Value, state.Options), (Value: value, Options: _options));

    /// <summary>Part of a file's text, compared by its characters.</summary>
    private readonly struct WrittenScalar(string text, int start, int length) : IEquatable<WrittenScalar>
    {
        private ReadOnlySpan<char> Chars => text.AsSpan(start, length);

        public bool Equals(WrittenScalar other) => Chars.SequenceEqual(other.Chars);

        public override bool Equals(object? obj) => obj is WrittenScalar other && Equals(other);

        public override int GetHashCode() => string.GetHashCode(Chars, StringComparison.Ordinal);
    }

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
