using System.Runtime.CompilerServices;
using SloCompiler.Diagnostics;
using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>
/// Prometheus' static checks: argument counts and types of functions and aggregations, which
/// operands binary and unary operators accept, and where bool and vector matching are allowed.
/// </summary>
internal static class TypeChecker
{
    /// <summary>The type of a checked expression; throws <see cref="PromQlException"/> at the first problem.</summary>
    public static PromQlType Check(Expr expr)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return CheckNode(expr);
    }

    private static PromQlType CheckNode(Expr expr) => expr switch
    {
        NumberLiteral => PromQlType.Scalar,
        StringLiteral => PromQlType.String,
        VectorSelector => PromQlType.Vector,
        MatrixSelector => PromQlType.Matrix,
        ParenExpr paren => Check(paren.Inner),
        Subquery subquery => CheckSubquery(subquery),
        UnaryExpr unary => CheckUnary(unary),
        CallExpr call => CheckCall(call),
        AggregateExpr aggregate => CheckAggregate(aggregate),
        BinaryExpr binary => CheckBinary(binary),
        _ => throw new InvalidOperationException($"unknown node {expr.GetType().Name}"),
    };

    private static PromQlType CheckSubquery(Subquery subquery)
    {
        Expect(subquery.Inner, PromQlType.Vector, "a subquery", "; a subquery [range:step] runs an instant-vector expression, e.g. rate(x[5m])[1h:1m]");
        return PromQlType.Matrix;
    }

    private static PromQlType CheckUnary(UnaryExpr unary)
    {
        var type = Check(unary.Operand);
        if (type is not (PromQlType.Scalar or PromQlType.Vector))
        {
            throw Mismatch(unary.Operand, $"unary '{unary.Operator}'", "a scalar or an instant vector", type, string.Empty);
        }

        return type;
    }

    private static PromQlType CheckCall(CallExpr call)
    {
        var f = call.Function;
        var count = call.Arguments.Count;
        if (count < f.MinArguments || (f.MaxArguments is { } max && count > max))
        {
            var expected = f.MaxArguments == f.MinArguments ? $"{f.MinArguments} argument(s)"
                : f.MaxArguments is null ? $"at least {f.MinArguments} argument(s)"
                : $"{f.MinArguments} to {f.MaxArguments} argument(s)";
            throw PromQlException.At(DiagnosticDescriptors.PromQlWrongArity, call.Range, f.Name, expected, count, f.Example());
        }

        for (var i = 0; i < count; i++)
        {
            var wanted = f.ArgumentType(i);
            var actual = Check(call.Arguments[i]);
            if (actual != wanted)
            {
                // messages are built only for a mismatch: checking runs for every node of every expression
                var hint = wanted == PromQlType.Matrix ? $"; give it a range, e.g. {f.Name}(x[5m])" : string.Empty;
                throw Mismatch(call.Arguments[i], $"argument {i + 1} of {f.Name}()", Article(wanted), actual, hint);
            }
        }

        return f.ReturnType;
    }

    private static PromQlType CheckAggregate(AggregateExpr aggregate)
    {
        if (aggregate.Parameter is not null)
        {
            var wanted = aggregate.Operator == "count_values" ? PromQlType.String : PromQlType.Scalar;
            Expect(aggregate.Parameter, wanted, $"the parameter of {aggregate.Operator}", string.Empty);
        }

        var argument = Check(aggregate.Argument);
        if (argument != PromQlType.Vector)
        {
            var hint = argument == PromQlType.Matrix ? $"; aggregate a rate, e.g. {aggregate.Operator}(rate(x[5m]))" : string.Empty;
            throw Mismatch(aggregate.Argument, $"{aggregate.Operator}()", Article(PromQlType.Vector), argument, hint);
        }

        return PromQlType.Vector;
    }

    private static PromQlType CheckBinary(BinaryExpr binary)
    {
        var left = Check(binary.Left);
        var right = Check(binary.Right);
        var op = binary.Operator;
        if (binary.ReturnBool && !Parser.IsComparison(op))
        {
            throw Invalid(binary, $"bool only applies to comparisons (== != < <= > >=), not to '{op}'; remove it");
        }

        if (Parser.IsComparison(op) && !binary.ReturnBool && left == PromQlType.Scalar && right == PromQlType.Scalar)
        {
            throw Invalid(binary, $"a comparison between two scalars needs bool, e.g. 1 {op} bool 2");
        }

        if (binary.Matching is { On: true } on && on.Labels.FirstOrDefault(on.Include.Contains) is { } both)
        {
            throw Invalid(binary, $"label '{both}' is in on(…) and in the group_x(…) list at once; keep it in one");
        }

        ExpectOperand(binary.Left, left, op);
        ExpectOperand(binary.Right, right, op);

        var bothVectors = left == PromQlType.Vector && right == PromQlType.Vector;
        if (!bothVectors && binary.Matching is { Labels.Count: > 0 })
        {
            throw Invalid(binary, "on(…)/ignoring(…) only apply between two instant vectors; remove them");
        }

        if (bothVectors && IsSet(op) && binary.Matching is { Group: not GroupSide.None })
        {
            throw Invalid(binary, $"group_left/group_right are not allowed with '{op}', which always matches many-to-many");
        }

        if (IsSet(op) && !bothVectors)
        {
            throw Invalid(binary, $"'{op}' works only between two instant vectors, not with a scalar");
        }

        return left == PromQlType.Scalar && right == PromQlType.Scalar ? PromQlType.Scalar : PromQlType.Vector;
    }

    private static void ExpectOperand(Expr side, PromQlType type, string op)
    {
        if (type is not (PromQlType.Scalar or PromQlType.Vector))
        {
            throw Mismatch(side, $"operator '{op}'", "a scalar or an instant vector", type,
                type == PromQlType.Matrix ? "; apply a function first, e.g. rate(x[5m])" : string.Empty);
        }
    }

    private static string Article(PromQlType type) => (type == PromQlType.Vector ? "an " : "a ") + type.Describe();

    private static bool IsSet(string op) => Parser.IsSetOperator(op);

    private static void Expect(Expr expr, PromQlType wanted, string context, string hint)
    {
        var actual = Check(expr);
        if (actual != wanted)
        {
            throw Mismatch(expr, context, Article(wanted), actual, hint);
        }
    }

    private static PromQlException Mismatch(Expr expr, string context, string wanted, PromQlType actual, string hint) =>
        PromQlException.At(DiagnosticDescriptors.PromQlTypeMismatch, expr.Range, context, wanted,
            Article(actual), hint);

    private static PromQlException Invalid(BinaryExpr binary, string message) =>
        PromQlException.At(DiagnosticDescriptors.PromQlInvalidBinary, binary.OperatorRange, message);
}
