using SloCompiler.Live.Backtest;
using SloCompiler.Model;

namespace SloCompiler.Live.Report;

/// <summary>One day of one SLO: its events (in the unit the source gives: any scale, the same for bad and all).</summary>
public sealed record ReportDay(DateOnly Day, double Bad, double All)
{
    public double? ErrorRatio => All > 0 ? Bad / All : null;
}

/// <summary>One SLO over a calendar month, day by day, with the pages and tickets that fired.</summary>
public sealed record MonthlySlo(SloModel Slo, IReadOnlyList<ReportDay> Days, SloEpisodes Alerts)
{
    public double? ErrorRatio => Days.Sum(d => d.All) is > 0 and var all ? Days.Sum(d => d.Bad) / all : null;

    public double? Attainment => ErrorRatio is { } e ? 1 - e : null;

    /// <summary>Share of the error budget the month consumed (1 = all of it).</summary>
    public double? BudgetConsumed => ErrorRatio is { } e ? e / (double)Slo.ErrorBudget : null;

    /// <summary>The three days with the most errors relative to traffic, worst first.</summary>
    public IReadOnlyList<ReportDay> WorstDays => Days.Where(d => d.ErrorRatio is > 0)
        .OrderByDescending(d => d.ErrorRatio).ThenBy(d => d.Day).Take(3).ToList();

    /// <summary>Budget left after each day with data, month to date (for the burn-down chart).</summary>
    public IReadOnlyList<(DateOnly Day, double Left)> BurnDown()
    {
        var bad = 0.0;
        var all = 0.0;
        var points = new List<(DateOnly, double)>();
        foreach (var day in Days.Where(d => d.All > 0))
        {
            bad += day.Bad;
            all += day.All;
            points.Add((day.Day, 1 - (bad / all / (double)Slo.ErrorBudget)));
        }

        return points;
    }
}

/// <summary>The month, the SLOs and where the numbers came from.</summary>
public sealed record MonthlyReport(int Year, int Month, string Server, IReadOnlyList<MonthlySlo> Slos);
