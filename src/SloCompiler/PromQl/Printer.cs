using System.Globalization;
using System.Text;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>
/// Writes canonical PromQL in Prometheus' own style: <c>sum by (job) (rate(x[5m]))</c>, spaces
/// around binary operators, canonical durations (90m → 1h30m), double-quoted strings.
/// Parentheses are nodes, so printing needs no precedence logic and re-parses to the same tree.
/// </summary>
public static class PromQlPrinter
{
    public static string Print(Expr expr)
    {
        var builder = new StringBuilder();
        Write(builder, expr);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, Expr expr)
    {
        switch (expr)
        {
            case NumberLiteral n: b.Append(Literals.FormatNumber(n.Value)); break;
            case StringLiteral s: b.Append(Quote(s.Value)); break;
            case VectorSelector v: WriteSelector(b, v); WriteModifiers(b, v.Modifiers); break;
            case MatrixSelector m:
                WriteSelector(b, m.Selector);
                b.Append('[').Append(Literals.FormatDuration(m.Duration)).Append(']');
                WriteModifiers(b, m.Modifiers);
                break;
            case Subquery s:
                Write(b, s.Inner);
                b.Append('[').Append(Literals.FormatDuration(s.Duration)).Append(':');
                if (s.Step is { } step)
                {
                    b.Append(Literals.FormatDuration(step));
                }

                b.Append(']');
                WriteModifiers(b, s.Modifiers);
                break;
            case ParenExpr p: b.Append('('); Write(b, p.Inner); b.Append(')'); break;
            case UnaryExpr u: b.Append(u.Operator); Write(b, u.Operand); break;
            case CallExpr c: b.Append(c.Function.Name); WriteArguments(b, c.Arguments); break;
            case AggregateExpr a: WriteAggregate(b, a); break;
            case BinaryExpr x: WriteBinary(b, x); break;
            default: throw new InvalidOperationException($"unknown node {expr.GetType().Name}");
        }
    }

    private static void WriteAggregate(StringBuilder b, AggregateExpr a)
    {
        b.Append(a.Operator);
        if (a.Without || a.Grouping.Count > 0)
        {
            b.Append(a.Without ? " without " : " by ");
            WriteLabels(b, a.Grouping);
            b.Append(' ');
        }

        WriteArguments(b, a.Parameter is null ? [a.Argument] : [a.Parameter, a.Argument]);
    }

    private static void WriteBinary(StringBuilder b, BinaryExpr x)
    {
        Write(b, x.Left);
        b.Append(' ').Append(x.Operator).Append(' ');
        if (x.ReturnBool)
        {
            b.Append("bool ");
        }

        if (x.Matching is { } m)
        {
            b.Append(m.On ? "on" : "ignoring");
            WriteLabels(b, m.Labels);
            b.Append(' ');
            if (m.Group != GroupSide.None)
            {
                b.Append(m.Group == GroupSide.Left ? "group_left" : "group_right");
                if (m.Include.Count > 0)
                {
                    WriteLabels(b, m.Include);
                }

                b.Append(' ');
            }
        }

        Write(b, x.Right);
    }

    private static void WriteArguments(StringBuilder b, IReadOnlyList<Expr> arguments)
    {
        b.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                b.Append(", ");
            }

            Write(b, arguments[i]);
        }

        b.Append(')');
    }

    private static void WriteLabels(StringBuilder b, IReadOnlyList<string> labels) =>
        b.Append('(').Append(string.Join(", ", labels.Select(Label))).Append(')');

    private static void WriteSelector(StringBuilder b, VectorSelector v)
    {
        var plainName = v.Name is not null && IsMetricName(v.Name);
        if (plainName)
        {
            b.Append(v.Name);
        }

        if (v.Matchers.Count == 0 && plainName)
        {
            return;
        }

        var parts = new List<string>();
        if (v.Name is not null && !plainName)
        {
            parts.Add(Quote(v.Name));
        }

        parts.AddRange(v.Matchers.Select(m => Label(m.Name) + Operator(m.Operator) + Quote(m.Value)));
        b.Append('{').Append(string.Join(", ", parts)).Append('}');
    }

    private static void WriteModifiers(StringBuilder b, Modifiers m)
    {
        if (m.At is { } at)
        {
            b.Append(" @ ").Append(Literals.FormatNumber(at));
        }
        else if (m.AtPreprocessor != AtPreprocessor.None)
        {
            b.Append(m.AtPreprocessor == AtPreprocessor.Start ? " @ start()" : " @ end()");
        }

        if (m.Offset is { } offset)
        {
            b.Append(" offset ").Append(Literals.FormatDuration(offset));
        }
    }

    private static string Operator(MatcherOperator op) => op switch
    {
        MatcherOperator.Equal => "=",
        MatcherOperator.NotEqual => "!=",
        MatcherOperator.RegexMatch => "=~",
        _ => "!~",
    };

    // names that need Prometheus 3's quoting are printed quoted
    private static string Label(string name) =>
        name.Length > 0 && Lexer.IsAlpha(name[0]) && name.All(Lexer.IsAlphaNumeric) ? name : Quote(name);

    private static bool IsMetricName(string name) =>
        name.Length > 0 && (Lexer.IsAlpha(name[0]) || name[0] == ':') && name.All(c => Lexer.IsAlphaNumeric(c) || c == ':');

    /// <summary>A double-quoted PromQL string with Go escapes.</summary>
    public static string Quote(string value)
    {
        var b = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case < ' ' or '\x7f': b.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"); break;
                default: b.Append(c); break;
            }
        }

        return b.Append('"').ToString();
    }
}
