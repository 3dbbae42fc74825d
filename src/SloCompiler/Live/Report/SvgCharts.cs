using System.Globalization;
using System.Net;
using System.Text;

namespace SloCompiler.Live.Report;

/// <summary>The report's two charts as inline SVG: one bar per day of the month, one line of budget left.</summary>
internal static class SvgCharts
{
    private const int Width = 620;
    private const int Height = 180;
    private const int Left = 40;
    private const int Bottom = 20;

    /// <summary>Bars of each day's SLI between the objective minus its budget and 100%, with the objective as a line.</summary>
    public static string DailySli(MonthlyReport report, MonthlySlo slo, string title)
    {
        var days = DateTime.DaysInMonth(report.Year, report.Month);
        var floor = Math.Max(0, (double)(slo.Slo.Objective - (slo.Slo.ErrorBudget * 4)));
        var barWidth = (Width - Left) / (double)days;
        var builder = Start("sli-chart", title);
        foreach (var day in slo.Days.Where(d => d.ErrorRatio is not null))
        {
            var sli = 1 - day.ErrorRatio!.Value;
            var y = Y(Math.Max(floor, sli), floor, 1);
            var x = Left + ((day.Day.Day - 1) * barWidth);
            var colour = sli >= (double)slo.Slo.Objective ? "#2e7d32" : "#c62828";
            builder.Append($"<rect class=\"day\" x=\"{N(x + 1)}\" y=\"{N(y)}\" width=\"{N(barWidth - 2)}\" height=\"{N(Height - Bottom - y)}\" fill=\"{colour}\"><title>{day.Day:yyyy-MM-dd} {ReportWriter.Percent(sli, 3, false)}</title></rect>\n");
        }

        var objective = Y((double)slo.Slo.Objective, floor, 1);
        builder.Append($"<line x1=\"{Left}\" x2=\"{Width}\" y1=\"{N(objective)}\" y2=\"{N(objective)}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n");
        Axis(builder, ReportWriter.Percent(1.0, 0, false), ReportWriter.Percent(floor, 2, false), days);
        return builder.Append("</svg>\n").ToString();
    }

    /// <summary>The budget left month to date after each day, from 100% down (below zero is clipped to the axis).</summary>
    public static string BurnDown(MonthlyReport report, MonthlySlo slo, string title)
    {
        var days = DateTime.DaysInMonth(report.Year, report.Month);
        var step = (Width - Left) / (double)days;
        var builder = Start("budget-chart", title);
        var points = slo.BurnDown().Select(p => $"{N(Left + (p.Day.Day * step))},{N(Y(Math.Clamp(p.Left, 0, 1), 0, 1))}");
        builder.Append($"<polyline class=\"budget\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>\n");
        Axis(builder, "100%", "0%", days);
        return builder.Append("</svg>\n").ToString();
    }

    private static StringBuilder Start(string cssClass, string title) => new(
        $"<svg class=\"{cssClass}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height + 20}\" viewBox=\"0 -20 {Width} {Height + 20}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\">\n"
        + $"<text x=\"{Left}\" y=\"-6\" font-size=\"12\">{WebUtility.HtmlEncode(title)}</text>\n");

    private static void Axis(StringBuilder builder, string top, string bottom, int days)
    {
        builder.Append($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"0\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>\n");
        builder.Append($"<line x1=\"{Left}\" x2=\"{Width}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>\n");
        builder.Append($"<text x=\"0\" y=\"10\" font-size=\"10\">{top}</text>\n<text x=\"0\" y=\"{Height - Bottom}\" font-size=\"10\">{bottom}</text>\n");
        builder.Append($"<text x=\"{Left}\" y=\"{Height - 4}\" font-size=\"10\">1</text>\n<text x=\"{Width - 14}\" y=\"{Height - 4}\" font-size=\"10\">{days}</text>\n");
    }

    private static double Y(double value, double low, double high) => (Height - Bottom) * (1 - ((value - low) / (high - low)));

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
