using SloCompiler.PromQl.Syntax;

namespace SloCompiler.Linting.Analysis;

/// <summary>
/// One burn-rate comparison of an alert, e.g. <c>error_ratio[1h] > 14.4 * 0.001</c>: the burn
/// <see cref="Factor"/>, the error <see cref="Budget"/> (1 - objective) when written, and the window measured.
/// </summary>
internal sealed record BurnCondition(BinaryExpr Comparison, double Factor, double? Budget, TimeSpan? Window);
