using System.Diagnostics.CodeAnalysis;
using SloCompiler.Text;

namespace SloCompiler.RuleFiles;

/// <summary>
/// Where each key of a rule is written, in the order of <see cref="RuleReader.Keys"/>: a small array rather than a
/// dictionary per rule (which was a tenth of the memory of a 100,000-rule file), looked up by a linear scan over
/// at most seven keys.
/// </summary>
public sealed class RuleKeySpans : IReadOnlyDictionary<string, SourceSpan>
{
    public static readonly RuleKeySpans None = new([]);

    private readonly (string Key, SourceSpan Span)[] _entries;

    /// <summary>The keys present with their spans, in any order; each key once.</summary>
    public RuleKeySpans(IEnumerable<(string Key, SourceSpan Span)> entries) =>
        _entries = entries.OrderBy(entry => Array.IndexOf(RuleReader.Keys, entry.Key)).ThenBy(entry => entry.Key, StringComparer.Ordinal).ToArray();

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(entry => entry.Key);

    public IEnumerable<SourceSpan> Values => _entries.Select(entry => entry.Span);

    public SourceSpan this[string key] => TryGetValue(key, out var span) ? span : throw new KeyNotFoundException($"no key '{key}' in the rule");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceSpan value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key)
            {
                value = entry.Span;
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, SourceSpan>> GetEnumerator() =>
        _entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Span)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
