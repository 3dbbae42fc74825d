using System.Text.RegularExpressions;

namespace SloCompiler.Emit.Prometheus;

/// <summary>Small PromQL text helpers that keep long expressions readable when split over lines.</summary>
internal static partial class Expr
{
    public static string Indent(string text, int spaces = 2)
    {
        var pad = new string(' ', spaces);
        return string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : pad + line));
    }

    /// <summary>Wraps in parentheses; multi-line operands get their own indented block.</summary>
    public static string Paren(string text) =>
        text.Contains('\n', StringComparison.Ordinal) ? $"(\n{Indent(text)}\n)" : $"({text})";

    /// <summary><c>a / b</c>, one operand a line when either is long.</summary>
    public static string Divide(string numerator, string denominator)
    {
        var oneLine = $"{Operand(numerator)} / {Operand(denominator)}";
        if (!oneLine.Contains('\n', StringComparison.Ordinal) && oneLine.Length <= 100)
        {
            return oneLine;
        }

        return $"{Operand(numerator)}\n/\n{Operand(denominator)}";
    }

    /// <summary>
    /// Multi-line operands are top-level binary expressions (see <see cref="Binary"/>) unless the
    /// builder already wrapped them, and need parentheses under a higher-precedence operator.
    /// </summary>
    private static string Operand(string text) =>
        text.Contains('\n', StringComparison.Ordinal) && !(text.StartsWith('(') && text.EndsWith(')')) ? Paren(text) : text;

    /// <summary><c>left op right</c>, the right operand on its own, indented line.</summary>
    public static string Binary(string left, string op, string right) => $"{left}\n  {op} {right}";

    /// <summary><c>(ratio) / budget</c>: a burn rate; a lone selector needs no parentheses.</summary>
    public static string Burn(string ratio, string budget) =>
        $"{(LoneSelector().IsMatch(ratio) ? ratio : Paren(ratio))} / {budget}";

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^{}\n]*\})?$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneSelector();
}
