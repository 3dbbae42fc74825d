using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// Parses and type-checks a raw SLI as the generated rules will hold it (<c>{window}</c> replaced by a real
/// duration), so broken PromQL is reported at its place in the SLO source instead of by promtool on the output.
/// </summary>
internal static class RawSliExpressionCheck
{
    /// <summary>Any window the rules use parses alike; the shortest one keeps messages short.</summary>
    private const string Window = "5m";

    private const string Placeholder = "{window}";

    /// <summary>False after reporting the first PromQL problem (SLO200–SLO213) or a result that is not an instant vector.</summary>
    public static bool Check(Spanned<string> raw, DiagnosticBag diagnostics)
    {
        var (text, toWritten) = Substitute(raw.Value, Window);
        var result = PromQlParser.Parse(text, PromQlOptions.Default);
        if (result.Error is { } error)
        {
            diagnostics.Report(error.Descriptor, Locate(raw, toWritten, error.Range), [.. error.Arguments]);
            return false;
        }

        if (result.Type != PromQlType.Vector)
        {
            // the alerts join the ratio with 'and ignoring (…)', which only instant vectors support
            diagnostics.Report(DiagnosticDescriptors.PromQlTypeMismatch, raw.Span, "a raw SLI's error ratio", "an instant vector",
                "a " + result.Type.Describe(), "; e.g. sum(rate(errors_total[{window}])) / sum(rate(requests_total[{window}]))");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The expression as the rule of one window holds it, parsed, with a way back from its offsets to the
    /// SLO source; null when it does not parse (<see cref="Check"/> has reported why).
    /// </summary>
    public static (Expr Expression, Func<TextRange, SourceSpan> Locate)? ForWindow(Spanned<string> raw, string window)
    {
        var (text, toWritten) = Substitute(raw.Value, window);
        return PromQlParser.Parse(text, PromQlOptions.Default).Expression is { } expression
            ? (expression, range => Locate(raw, toWritten, range))
            : null;
    }

    /// <summary>The text with every placeholder replaced, and for each of its offsets the offset in the written value.</summary>
    private static (string Text, int[] ToWritten) Substitute(string value, string window)
    {
        var text = new StringBuilder(value.Length);
        var map = new List<int>(value.Length + 1);
        for (var i = 0; i < value.Length;)
        {
            if (string.CompareOrdinal(value, i, Placeholder, 0, Placeholder.Length) == 0)
            {
                foreach (var c in window)
                {
                    text.Append(c);
                    map.Add(i);
                }

                i += Placeholder.Length;
                continue;
            }

            text.Append(value[i]);
            map.Add(i++);
        }

        map.Add(value.Length);
        return (text.ToString(), map.ToArray());
    }

    private static SourceSpan Locate(Spanned<string> raw, int[] toWritten, TextRange range)
    {
        var start = toWritten[Math.Clamp(range.Start, 0, toWritten.Length - 1)];
        var end = toWritten[Math.Clamp(range.End, 0, toWritten.Length - 1)];
        return ExpressionSource.ForScalar(raw.Span, raw.Value).Map(new TextRange(start, Math.Max(range.Length == 0 ? 0 : 1, end - start)));
    }
}
