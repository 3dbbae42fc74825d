using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>What Prometheus checks on a vector selector once it is parsed.</summary>
internal static partial class SelectorRules
{
    public static void Check(VectorSelector selector)
    {
        foreach (var matcher in selector.Matchers)
        {
            if (selector.Name is not null && matcher.Name == "__name__")
            {
                throw PromQlException.At(DiagnosticDescriptors.PromQlInvalidSelector, matcher.Range,
                    $"the metric name is set twice, as '{selector.Name}' and by __name__; keep one");
            }

            if (matcher.Operator is MatcherOperator.RegexMatch or MatcherOperator.RegexNoMatch && ToDotNet(matcher.Value) is { Error: { } error })
            {
                throw PromQlException.At(DiagnosticDescriptors.PromQlInvalidRegex, matcher.Range, matcher.Value, error);
            }
        }

        if (selector.Name is null && selector.Matchers.All(MatchesEmpty))
        {
            throw PromQlException.At(DiagnosticDescriptors.PromQlEmptyMatchingSelector, selector.Range);
        }
    }

    private static bool MatchesEmpty(Matcher matcher) => matcher.Operator switch
    {
        MatcherOperator.Equal => matcher.Value.Length == 0,
        MatcherOperator.NotEqual => matcher.Value.Length != 0,
        MatcherOperator.RegexMatch => ToDotNet(matcher.Value).Regex?.IsMatch(string.Empty) ?? false,
        _ => !(ToDotNet(matcher.Value).Regex?.IsMatch(string.Empty) ?? true),
    };

    /// <summary>The anchored .NET equivalent of an RE2 pattern (matching in full, as Prometheus does); null when RE2 rejects it.</summary>
    internal static Regex? AnchoredRegex(string pattern) => ToDotNet(pattern).Regex;

    /// <summary>
    /// The anchored .NET equivalent of an RE2 pattern, or why RE2 (Go's regexp) rejects it. .NET
    /// accepts more than RE2, so the Perl-only constructs are refused before compiling.
    /// </summary>
    private static (Regex? Regex, string? Error) ToDotNet(string pattern)
    {
        if (Translated.TryGetValue(pattern, out var known))
        {
            return known;
        }

        var translated = Translate(pattern);
        if (Translated.Count < MaxTranslated)
        {
            Translated.TryAdd(pattern, translated);
        }

        return translated;
    }

    /// <summary>
    /// Patterns already translated: a large rule file repeats a few patterns (<c>5..</c>) in thousands of selectors,
    /// and building a <see cref="Regex"/> for each was a tenth of what parsing its PromQL allocated. Regex objects are
    /// safe to share between threads. Bounded, so a long-running process does not grow without end.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Regex? Regex, string? Error)> Translated = new(StringComparer.Ordinal);

    private const int MaxTranslated = 4096;

    private static (Regex? Regex, string? Error) Translate(string pattern)
    {
        var (translated, rewriteError) = Re2ToDotNet.Rewrite(pattern);
        if (translated is null)
        {
            return (null, rewriteError);
        }

        try
        {
            return (new Regex(Anchored(translated), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), null);
        }
        catch (RegexParseException e)
        {
            // the offset and pattern in e.Message are those of the rewritten pattern, which the user never wrote
            return (null, CamelCaseWords().Replace(e.Error.ToString(), " $1").Trim().ToLowerInvariant());
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Matching in full, as Prometheus and Alertmanager anchor label regexes: <c>\z</c>, unlike <c>$</c>, ignores no final newline.</summary>
    private static string Anchored(string translated) => "^(?:" + translated + @")\z";

    /// <summary>
    /// The anchored .NET equivalent of an RE2 pattern that matches in linear time, as RE2 does; null when RE2
    /// rejects it. For matching arbitrary label values (Alertmanager routing), where a hostile pattern such as
    /// <c>(a|aa)*b|a*</c> ran the backtracking engine into its timeout and a timed-out match read as "no match" (a
    /// false SLO333). Building the linear engine costs about a millisecond, so the linter, which only matches the
    /// empty string against thousands of patterns, keeps the backtracking one. What the linear engine cannot
    /// build falls back to backtracking with a timeout.
    /// </summary>
    internal static Regex? LinearAnchoredRegex(string pattern)
    {
        if (LinearTranslated.TryGetValue(pattern, out var known))
        {
            return known;
        }

        var regex = Re2ToDotNet.Rewrite(pattern).Pattern is { } translated ? CompileLinear(Anchored(translated)) : null;
        if (LinearTranslated.Count < MaxTranslated)
        {
            LinearTranslated.TryAdd(pattern, regex);
        }

        return regex;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex?> LinearTranslated = new(StringComparer.Ordinal);

    private static Regex? CompileLinear(string anchored)
    {
        try
        {
            return new Regex(anchored, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(anchored, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCaseWords();
}
