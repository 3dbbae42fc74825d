namespace SloCompiler.Model;

/// <summary>
/// One multi-window condition: the error ratio over <see cref="Long"/> and over <see cref="Short"/>
/// must both exceed <see cref="Factor"/> × budget. E.g. 14.4× over 1h and 5m burns 2% of a 30-day budget.
/// </summary>
public sealed record BurnWindow(PromDuration Long, PromDuration Short, decimal Factor, decimal BudgetFraction);
