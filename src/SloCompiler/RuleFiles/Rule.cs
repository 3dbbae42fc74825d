using SloCompiler.PromQl;
using SloCompiler.PromQl.Syntax;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.RuleFiles;

/// <summary>Recording rules write a series (<c>record:</c>), alerting rules raise alerts (<c>alert:</c>).</summary>
public enum RuleKind
{
    /// <summary><c>record: job:http_requests:rate5m</c>.</summary>
    Recording,

    /// <summary><c>alert: HighErrorRate</c>.</summary>
    Alerting,
}

/// <summary>
/// <c>- alert: HighErrorRate, expr: rate(x[5m]) > 1, for: 5m, labels: {...}, annotations: {...}</c>.
/// <see cref="Span"/> covers the whole list item (used for suppressions and <c>--changed-since</c>);
/// <see cref="Expression"/> maps offsets of <see cref="Expr"/> back into the file.
/// </summary>
public sealed record Rule(
    RuleKind Kind,
    Spanned<string> Name,
    SourceSpan ExprSpan,
    PromQlParseResult Parsed,
    Spanned<TimeSpan>? For,
    Spanned<TimeSpan>? KeepFiringFor,
    IReadOnlyList<LabelSyntax> Labels,
    IReadOnlyList<LabelSyntax> Annotations,
    SourceSpan Span)
{
    private ExpressionSource? _expression;

    /// <summary>
    /// The expression's value when it cannot be read back from the file at <see cref="ExprSpan"/>
    /// (<see cref="ScalarText"/>); null when it can, so a large file does not hold every expression twice.
    /// </summary>
    internal string? StoredExpr { get; init; }

    /// <summary>The expression as the YAML parser read it, and where its scalar is written.</summary>
    public Spanned<string> Expr => new(StoredExpr ?? ScalarText.Read(ExprSpan), ExprSpan);

    /// <summary>
    /// Maps offsets of <see cref="Expr"/> back into the file; made on first use, since only rules with findings
    /// need positions and a large file has many rules.
    /// </summary>
    public ExpressionSource Expression =>
        Volatile.Read(ref _expression) ?? Interlocked.CompareExchange(ref _expression, NewExpressionSource(), null) ?? _expression!;

    private ExpressionSource NewExpressionSource()
    {
        var expr = Expr;
        return ExpressionSource.ForScalar(expr.Span, expr.Value);
    }

    /// <summary>The type-checked syntax tree, or null when the expression has an error (see <see cref="Parsed"/>).</summary>
    public Expr? Ast => Parsed.Expression;

    /// <summary>Where each key of the rule is written (<c>record</c>, <c>expr</c>, <c>for</c> …), to point at a key rather than its value.</summary>
    public IReadOnlyDictionary<string, SourceSpan> KeySpans { get; init; } = RuleKeySpans.None;

    /// <summary>The name of the group holding the rule; together with the file it identifies the group.</summary>
    public string GroupName { get; init; } = string.Empty;

    /// <summary>The file span of a range of <see cref="Expr"/>.</summary>
    public SourceSpan Map(TextRange range) => Expression.Map(range);

    /// <summary>The value of a static label of the rule, or null when it has none of that name.</summary>
    public string? Label(string name) => Labels.ValueOf(name)?.Value;
}
