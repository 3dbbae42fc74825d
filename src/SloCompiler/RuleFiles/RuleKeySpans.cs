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
    /// <remarks>Made for every rule read, so without LINQ: its iterators and sorted copy were 60 MB of garbage on 100,000 rules.</remarks>
    public RuleKeySpans(IReadOnlyList<(string Key, SourceSpan Span)> entries)
    {
        _file = entries.Count > 0 ? entries[0].Span.File : null;
        _entries = new int[entries.Count * 3];
        for (var i = 0; i < entries.Count; i++)
        {
            var index = Array.IndexOf(RuleReader.Keys, entries[i].Key);
            if (index < 0)
            {
                throw new ArgumentException("a rule key is not one of RuleReader.Keys", nameof(entries));
            }

            // insertion by key index: at most seven keys
            var at = i;
            while (at > 0 && _entries[3 * (at - 1)] > index)
            {
                (_entries[3 * at], _entries[(3 * at) + 1], _entries[(3 * at) + 2]) = (_entries[3 * (at - 1)], _entries[(3 * (at - 1)) + 1], _entries[(3 * (at - 1)) + 2]);
                at--;
            }

            (_entries[3 * at], _entries[(3 * at) + 1], _entries[(3 * at) + 2]) = (index, entries[i].Span.Start, entries[i].Span.Length);
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
