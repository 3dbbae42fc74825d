using System.Diagnostics.CodeAnalysis;
using SloCompiler.Text;

namespace SloCompiler.RuleFiles;

/// <summary>
/// Where each key of a rule is written, in the order of <see cref="RuleReader.Keys"/>: a few ints rather than a
/// dictionary per rule (which was a tenth of the memory of a 100,000-rule file), looked up by a linear scan over
/// at most seven keys. All keys of a rule are in one file.
/// </summary>
public sealed class RuleKeySpans : IReadOnlyDictionary<string, SourceSpan>
{
    public static readonly RuleKeySpans None = new([]);

    private readonly SourceFile? _file;

    /// <summary>Three ints per key present: its index in <see cref="RuleReader.Keys"/>, start and length.</summary>
    private readonly int[] _entries;

    /// <summary>The keys present (each one of <see cref="RuleReader.Keys"/>, once) with their spans, in any order.</summary>
    public RuleKeySpans(IEnumerable<(string Key, SourceSpan Span)> entries)
    {
        var sorted = entries.Select(entry => (Index: Array.IndexOf(RuleReader.Keys, entry.Key), entry.Span)).OrderBy(entry => entry.Index).ToList();
        if (sorted.Any(entry => entry.Index < 0))
        {
            throw new ArgumentException("a rule key is not one of RuleReader.Keys", nameof(entries));
        }

        _file = sorted.Count > 0 ? sorted[0].Span.File : null;
        _entries = new int[sorted.Count * 3];
        for (var i = 0; i < sorted.Count; i++)
        {
            (_entries[3 * i], _entries[(3 * i) + 1], _entries[(3 * i) + 2]) = (sorted[i].Index, sorted[i].Span.Start, sorted[i].Span.Length);
        }
    }

    public int Count => _entries.Length / 3;

    public IEnumerable<string> Keys => Enumerable.Range(0, Count).Select(KeyAt);

    public IEnumerable<SourceSpan> Values => Enumerable.Range(0, Count).Select(SpanAt);

    public SourceSpan this[string key] => TryGetValue(key, out var span) ? span : throw new KeyNotFoundException($"no key '{key}' in the rule");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceSpan value)
    {
        for (var i = 0; i < Count; i++)
        {
            if (KeyAt(i) == key)
            {
                value = SpanAt(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, SourceSpan>> GetEnumerator() =>
        Enumerable.Range(0, Count).Select(i => KeyValuePair.Create(KeyAt(i), SpanAt(i))).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private string KeyAt(int i) => RuleReader.Keys[_entries[3 * i]];

    private SourceSpan SpanAt(int i) => new(_file!, _entries[(3 * i) + 1], _entries[(3 * i) + 2]);
}
