using System.Globalization;

namespace SloCompiler.Tests.Support;

/// <summary>
/// Expands promtool's <c>values</c> notation into one sample per interval: <c>a</c>, <c>a+bxN</c> and
/// <c>a-bxN</c> (N+1 samples from a stepping by b), <c>axN</c> (a, N+1 times), <c>_</c> and <c>_xN</c> (no
/// sample). A missing sample is null. <c>stale</c> has no counterpart in an import and is refused.
/// </summary>
internal static class PromtoolSeriesValues
{
    public static IReadOnlyList<double?> Expand(string values)
    {
        var samples = new List<double?>();
        foreach (var token in values.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var times = token.LastIndexOf('x');
            var head = times < 0 ? token : token[..times];
            var repeats = times < 0 ? 0 : int.Parse(token[(times + 1)..], CultureInfo.InvariantCulture);
            if (head == "_")
            {
                samples.AddRange(Enumerable.Repeat<double?>(null, times < 0 ? 1 : repeats));
                continue;
            }

            if (head == "stale")
            {
                throw new NotSupportedException("a staleness marker cannot be imported into VictoriaMetrics");
            }

            var (start, step) = Split(head);
            // promtool adds the step repeatedly in float64; so does this
            var value = start;
            for (var i = 0; i <= repeats; i++)
            {
                samples.Add(value);
                value += step;
            }
        }

        return samples;
    }

    private static (double Start, double Step) Split(string head)
    {
        // the sign of the step is the last + or - that does not follow an exponent marker or start the number
        for (var i = head.Length - 1; i > 0; i--)
        {
            if (head[i] is '+' or '-' && head[i - 1] is not ('e' or 'E'))
            {
                return (Number(head[..i]), Number(head[i..]));
            }
        }

        return (Number(head), 0);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
