using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>The outcome of parsing: a type-checked tree with its type, or the first error.</summary>
public sealed record PromQlParseResult(Expr? Expression, PromQlType Type, PromQlError? Error)
{
    public bool Success => Error is null;
}

/// <summary>
/// Entry point of the PromQL front end: <c>PromQlParser.Parse("sum by (job) (rate(x[5m]))")</c>.
/// Ranges in the tree and the error are relative to the text; rebase them with <see cref="ExpressionSource"/>.
/// </summary>
public static class PromQlParser
{
    public static PromQlParseResult Parse(string text, PromQlOptions? options = null)
    {
        try
        {
            var expr = Parser.Parse(text, options ?? PromQlOptions.Default);
            return new PromQlParseResult(expr, TypeChecker.Check(expr), null);
        }
        catch (PromQlException e)
        {
            return new PromQlParseResult(null, default, e.Error);
        }
    }

    /// <summary>Parses without type checking, e.g. to convert a selector whatever its context.</summary>
    internal static (Expr? Expression, PromQlError? Error) ParseSyntax(string text, PromQlOptions options)
    {
        try
        {
            return (Parser.Parse(text, options), null);
        }
        catch (PromQlException e)
        {
            return (null, e.Error);
        }
    }
}
