namespace SloCompiler.PromQl.Syntax;

/// <summary>A PromQL expression node; <see cref="Range"/> is relative to the expression text.</summary>
public abstract record Expr(TextRange Range)
{
    /// <summary>
    /// The type Prometheus gives the expression, read off its shape (the type checker says whether the shape is
    /// valid). Nodes over other nodes store it when built, so asking is constant time at every node of a 100,000-term
    /// chain; walking down to compute it made the linter quadratic in chain length.
    /// </summary>
    public abstract PromQlType Type { get; }

    /// <summary>
    /// The value of a constant expression (<c>14.4 * (1 - 0.999)</c>), folded when built like <see cref="Type"/>;
    /// null when it reads series or uses an operator other than <c>+ - * / ^</c>.
    /// </summary>
    public virtual double? Constant => null;
}

/// <summary><c>0.5</c>, <c>0x1F</c>, <c>Inf</c>, <c>-1e3</c>.</summary>
public sealed record NumberLiteral(double Value, TextRange Range) : Expr(Range)
{
    public override PromQlType Type => PromQlType.Scalar;

    public override double? Constant => Value;
}

/// <summary><c>"text"</c>, <c>'text'</c> or <c>`raw`</c>; <see cref="Value"/> is unescaped.</summary>
public sealed record StringLiteral(string Value, TextRange Range) : Expr(Range)
{
    public override PromQlType Type => PromQlType.String;
}

/// <summary>The operators of label matchers: <c>= != =~ !~</c>.</summary>
public enum MatcherOperator
{
    Equal,
    NotEqual,
    RegexMatch,
    RegexNoMatch,
}

/// <summary><c>code=~"5.."</c> inside braces.</summary>
public readonly record struct Matcher(string Name, MatcherOperator Operator, string Value, TextRange Range);

/// <summary><c>offset 5m</c> or <c>@ 1700000000</c> / <c>@ start()</c> on a selector or subquery.</summary>
public sealed record Modifiers(TimeSpan? Offset, double? At, AtPreprocessor AtPreprocessor)
{
    public static readonly Modifiers None = new(null, null, AtPreprocessor.None);

    public bool IsEmpty => Offset is null && At is null && AtPreprocessor == AtPreprocessor.None;
}

/// <summary><c>@ start()</c> and <c>@ end()</c>.</summary>
public enum AtPreprocessor
{
    None,
    Start,
    End,
}

/// <summary><c>http_requests_total{job="api"} offset 5m</c>; <see cref="Name"/> is null for <c>{job="api"}</c>.</summary>
public sealed record VectorSelector(string? Name, IReadOnlyList<Matcher> Matchers, Modifiers Modifiers, TextRange Range) : Expr(Range)
{
    public override PromQlType Type => PromQlType.Vector;
}

/// <summary><c>http_requests_total[5m] offset 1h</c>.</summary>
public sealed record MatrixSelector(VectorSelector Selector, TimeSpan Duration, Modifiers Modifiers, TextRange Range) : Expr(Range)
{
    public override PromQlType Type => PromQlType.Matrix;
}

/// <summary><c>rate(x[5m])[30m:1m]</c>; <see cref="Step"/> is null for <c>[30m:]</c>.</summary>
public sealed record Subquery(Expr Inner, TimeSpan Duration, TimeSpan? Step, Modifiers Modifiers, TextRange Range) : Expr(Range)
{
    public override PromQlType Type => PromQlType.Matrix;
}

/// <summary><c>(a + b)</c>.</summary>
public sealed record ParenExpr(Expr Inner, TextRange Range) : Expr(Range)
{
    public override PromQlType Type { get; } = Inner.Type;

    public override double? Constant { get; } = Inner.Constant;
}

/// <summary><c>-x</c> or <c>+x</c>.</summary>
public sealed record UnaryExpr(char Operator, Expr Operand, TextRange Range) : Expr(Range)
{
    public override PromQlType Type { get; } = Operand.Type;

    public override double? Constant { get; } = Operator == '-' ? -Operand.Constant : Operand.Constant;
}

/// <summary><c>rate(x[5m])</c>.</summary>
public sealed record CallExpr(PromQlFunction Function, IReadOnlyList<Expr> Arguments, TextRange Range) : Expr(Range)
{
    public override PromQlType Type => Function.ReturnType;
}

/// <summary>
/// <c>sum by (job) (x)</c>, <c>topk(5, x)</c>; <see cref="Parameter"/> is the first argument of parametered
/// ones. <c>by ()</c> means the same as no grouping and is not kept apart.
/// </summary>
public sealed record AggregateExpr(
    string Operator, Expr? Parameter, Expr Argument, IReadOnlyList<string> Grouping, bool Without, TextRange Range)
    : Expr(Range)
{
    public override PromQlType Type => PromQlType.Vector;
}

/// <summary><c>on(job) group_left(team)</c> on a binary operator.</summary>
public sealed record VectorMatching(bool On, IReadOnlyList<string> Labels, GroupSide Group, IReadOnlyList<string> Include);

/// <summary>Which side of a many-to-one match has the many: <c>group_left</c> or <c>group_right</c>.</summary>
public enum GroupSide
{
    None,
    Left,
    Right,
}

/// <summary><c>a / on(job) b</c>, <c>x > bool 1</c>; <see cref="Operator"/> is lower case (<c>and</c>, <c>atan2</c>).</summary>
public sealed record BinaryExpr(
    string Operator, Expr Left, Expr Right, bool ReturnBool, VectorMatching? Matching, TextRange Range, TextRange OperatorRange)
    : Expr(Range)
{
    public override PromQlType Type { get; } = Left.Type == PromQlType.Scalar && Right.Type == PromQlType.Scalar ? PromQlType.Scalar : PromQlType.Vector;

    public override double? Constant { get; } = Left.Constant is { } l && Right.Constant is { } r ? Operator switch
    {
        "+" => l + r,
        "-" => l - r,
        "*" => l * r,
        "/" => l / r,
        "^" => Math.Pow(l, r),
        _ => null,
    } : null;
}
