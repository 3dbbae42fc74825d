using System.Collections.Concurrent;

namespace SloCompiler.Text;

/// <summary>
/// One shared instance per distinct short string (metric and label names, label values, rule names), looked up
/// by span so a repeated name costs no allocation. A rule file of 100,000 rules repeats the same few thousand
/// names hundreds of thousands of times; keeping one copy of each was a fifth of lint's memory. Thread-safe;
/// bounded in length and count, so a long-running process does not grow without end.
/// </summary>
internal static class StringPool
{
    private const int MaxLength = 128;
    private const int MaxCount = 1 << 20;

    private static int _count;

    private static readonly ConcurrentDictionary<string, string> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string equal to <paramref name="text"/>.</summary>
    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (BySpan.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = text.ToString();
        return text.Length <= MaxLength ? Add(created) : created;
    }

    /// <summary>The shared string equal to <paramref name="text"/>; <paramref name="text"/> itself becomes it when new.</summary>
    public static string Get(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return text;
        }

        if (Strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return Add(text);
    }

    /// <summary>Adds a string not yet seen (unless the pool is full); another thread may have added it meanwhile.</summary>
    private static string Add(string text)
    {
        // ConcurrentDictionary.Count takes every lock: the pool keeps its own count
        if (Volatile.Read(ref _count) >= MaxCount)
        {
            return Strings.TryGetValue(text, out var existing) ? existing : text;
        }

        if (Strings.TryAdd(text, text))
        {
            Interlocked.Increment(ref _count);
            return text;
        }

        return Strings[text];
    }
}
