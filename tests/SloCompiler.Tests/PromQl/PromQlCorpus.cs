using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.PromQl;

/// <summary>
/// The conformance corpus: hand-written expressions (Corpus/*.promql), SLO-style expressions built
/// from templates, and systematic mutations of the valid ones (dropped brackets, wrong operators,
/// bad durations, wrong arity, type errors). Deterministic: the same list on every run.
/// </summary>
internal static class PromQlCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> AllExpressions = new(Build);

    public static IReadOnlyList<string> All => AllExpressions.Value;

    public static IReadOnlyList<string> HandWritten(string file) =>
        File.ReadAllLines(RepoRoot.Combine("tests", "SloCompiler.Tests", "PromQl", "Corpus", file))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith("##", StringComparison.Ordinal))
            .ToList();

    private static IReadOnlyList<string> Build()
    {
        var valid = HandWritten("valid.promql").Concat(Templates()).ToList();
        var all = new List<string>(valid);
        all.AddRange(HandWritten("invalid.promql"));
        all.AddRange(RandomRegexMatchers());
        all.AddRange(valid.SelectMany(Mutations));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return all.Where(e => e.Trim().Length > 0 && !e.Contains('\n') && seen.Add(e)).ToList();
    }

    /// <summary>
    /// Short random regexes from the characters RE2 treats specially (seeded): whether .NET can stand in for RE2
    /// hinges on groups, classes, repeats, flags and escapes, and promtool decides each one.
    /// </summary>
    public static IEnumerable<string> RandomRegexMatchers()
    {
        const string alphabet = "()[]{}?*+|^$.,:-<>PpaiUEQx059dwsDb\\";
        var random = new Random(20261123);
        for (var i = 0; i < 600; i++)
        {
            var pattern = new string(Enumerable.Range(0, random.Next(1, 10)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            yield return $"x{{a=~\"{pattern.Replace("\\", "\\\\", StringComparison.Ordinal)}\"}}";
        }
    }

    /// <summary>What SLO rules look like: ratios of rates over burn-rate windows.</summary>
    public static IEnumerable<string> Templates()
    {
        string[] metrics = ["http_requests_total", "grpc_server_handled_total", "ns:requests:rate5m", "probe_success"];
        string[] matchers = ["", "{job=\"api\"}", "{job=\"api\", code=~\"5..\"}", "{service!=\"\", le=\"0.3\"}"];
        string[] windows = ["5m", "30m", "1h", "6h", "1d", "3d", "30d", "1h30m"];
        string[] wrappers = ["rate({0})", "increase({0})", "sum(rate({0}))", "sum by (job) (rate({0}))", "avg_over_time({0})", "max_over_time({0}) > 0"];
        var i = 0;
        foreach (var metric in metrics)
        {
            foreach (var matcher in matchers)
            {
                foreach (var window in windows)
                {
                    var wrapper = wrappers[i++ % wrappers.Length];
                    var range = $"{metric}{matcher}[{window}]";
                    yield return string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, range);
                    yield return $"sum(rate({metric}{{code=~\"5..\"}}[{window}])) / sum(rate({metric}[{window}]))";
                    yield return $"1 - (sum(rate({metric}{matcher}[{window}])) / sum(rate({metric}[{window}]))) > {14.4 * (i % 3 + 1)} * 0.001";
                }
            }
        }
    }

    /// <summary>Systematic breakages of a valid expression; many stay valid, promtool decides.</summary>
    public static IEnumerable<string> Mutations(string e)
    {
        foreach (var c in "()[]{}\"")
        {
            var at = e.IndexOf(c);
            if (at >= 0)
            {
                yield return e.Remove(at, 1);
            }
        }

        (string From, string To)[] replacements =
        [
            ("+", "++"), ("*", "**"), ("==", "="), ("=\"", "==\""), ("=~", "~"), (" and ", " && "), (" or ", " || "), ("/", "//"),
            (">", "=>"), ("by (", "by "), ("(", "["), ("[", "("), ("5m", "5"), ("5m", "5mm"), ("5m", "1.5m"), ("5m", "0s"),
            ("1h30m", "30m1h"), ("[5m]", ""), ("[5m]", "[5m:]"), ("rate(", "rat("), ("rate(", "RATE("), ("sum", "summ"),
            ("(x)", "(x, 1)"), ("(x[5m])", "(x[5m], 1)"), (", ", ", , "), (")", ",)"), ("x", "x[5m]"), ("x", "\"x\""),
            ("1", "\"1\""), ("\"", "'"), ("offset ", "offset -"), ("job", "job:x"), ("job", "1job"), ("x", "x offset 5m"),
            ("sum", "topk"), ("topk(5, ", "topk("), ("0.9, ", ""), ("bool ", ""), ("on(", "on group_left("), ("{", "{{"),
        ];
        foreach (var (from, to) in replacements)
        {
            var at = e.IndexOf(from, StringComparison.Ordinal);
            if (at >= 0)
            {
                yield return e[..at] + to + e[(at + from.Length)..];
            }
        }

        yield return e + " +";
        yield return e + " offset 5m";
        yield return e + "[5m]";
        yield return e + "[5m:1m]";
        yield return "rate(" + e + ")";
        yield return "sum(" + e + ")";
        yield return e + " and 1";
        yield return e + " > 1";
        yield return "-" + e;
    }
}
