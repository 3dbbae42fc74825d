using System.Globalization;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl.Tests;

/// <summary>A span-free S-expression of a tree: two trees are structurally equal when their dumps are.</summary>
internal static class SyntaxDump
{
    public static string Of(Expr expr) => expr switch
    {
        NumberLiteral n => double.IsNaN(n.Value) ? "NaN" : n.Value.ToString("R", CultureInfo.InvariantCulture),
        StringLiteral s => $"(str {s.Value.Length}:{s.Value})",
        VectorSelector v => $"(vs {v.Name ?? "-"} [{string.Join(" ", v.Matchers.Select(m => $"{m.Name}{m.Operator}{m.Value.Length}:{m.Value}"))}]{Mods(v.Modifiers)})",
        MatrixSelector m => $"(ms {Of(m.Selector)} {m.Duration}{Mods(m.Modifiers)})",
        Subquery s => $"(sq {Of(s.Inner)} {s.Duration} {s.Step}{Mods(s.Modifiers)})",
        ParenExpr p => $"(paren {Of(p.Inner)})",
        UnaryExpr u => $"(unary {u.Operator} {Of(u.Operand)})",
        CallExpr c => $"(call {c.Function.Name} {string.Join(" ", c.Arguments.Select(Of))})",
        AggregateExpr a => $"(agg {a.Operator} {(a.Without ? "without" : "by")}({string.Join(",", a.Grouping)}) {(a.Parameter is null ? "-" : Of(a.Parameter))} {Of(a.Argument)})",
        BinaryExpr b => $"(bin {b.Operator} {b.ReturnBool} {Matching(b.Matching)} {Of(b.Left)} {Of(b.Right)})",
        _ => throw new InvalidOperationException(expr.GetType().Name),
    };

    private static string Mods(Modifiers m) => m.IsEmpty ? string.Empty : $" offset={m.Offset} at={m.At} {m.AtPreprocessor}";

    private static string Matching(VectorMatching? m) =>
        m is null ? "-" : $"{(m.On ? "on" : "ignoring")}({string.Join(",", m.Labels)}) {m.Group}({string.Join(",", m.Include)})";
}
