namespace SloCompiler.Emit.Prometheus;

/// <summary>Small PromQL text helpers that keep long expressions readable when split over lines.</summary>
internal static class Expr
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

    /// <summary>Binary operands that are themselves differences need parentheses.</summary>
    private static string Operand(string text) => text.Contains(" - ", StringComparison.Ordinal) ? Paren(text) : text;

    /// <summary><c>(ratio) / budget</c>: a burn rate.</summary>
    public static string Burn(string ratio, string budget) => $"{Paren(ratio)} / {budget}";
}
