using SloCompiler.Diagnostics;
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
        catch (InsufficientExecutionStackException)
        {
            return new PromQlParseResult(null, default, TooDeepForThisThread(text));
        }
    }

    /// <summary>
    /// A tree within <see cref="PromQlOptions.MaxTreeDepth"/> that still does not fit this thread's stack: callers off a
    /// <see cref="Threading.DeepStack"/> thread (the thread pool's stacks are small) get an error, never a crash.
    /// </summary>
    private static PromQlError TooDeepForThisThread(string text) =>
        PromQlException.At(DiagnosticDescriptors.PromQlSyntaxError, new TextRange(0, text.Length), "an expression too deep for this thread's stack",
            "a shorter chain of operators, or run on a DeepStack thread").Error;

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
        catch (InsufficientExecutionStackException)
        {
            return (null, TooDeepForThisThread(text));
        }
    }
}
