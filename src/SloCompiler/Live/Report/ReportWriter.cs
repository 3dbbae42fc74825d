using System.Globalization;
using System.Net;
using System.Text;
using SloCompiler.Model;

namespace SloCompiler.Live.Report;

/// <summary>
/// The monthly report for executives, in English or Spanish: per SLO a sentence in business words, the
/// attainment against the objective, the budget consumed, the worst days and when pages and tickets fired; as Markdown, or as one
/// self-contained HTML file whose charts (SLI per day, budget burn-down) are SVG drawn here — no script,
/// no network.
/// </summary>
public static class ReportWriter
{
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] MonthsEs = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Markdown(MonthlyReport report, string language)
    {
        var es = language == "es";
        var builder = new StringBuilder($"# {Title(report, es)}\n\n");
        foreach (var slo in report.Slos)
        {
            builder.Append($"## {slo.Slo.Service} / {slo.Slo.Name}\n\n{Sentence(report, slo, es)}\n\n");
            builder.Append(es ? "| objetivo | cumplimiento | presupuesto consumido | peores días |\n" : "| objective | attainment | budget consumed | worst days |\n");
            builder.Append("|---|---|---|---|\n");
            builder.Append($"| {Percent(slo.Slo.Objective, 2, es)} | {Percent(slo.Attainment, 3, es)} | {Percent(slo.BudgetConsumed, 1, es)} | {WorstDays(slo, es)} |\n\n");
            builder.Append($"### {ReportAlerts.Heading(es)}\n\n{ReportAlerts.Sentence(slo.Alerts, es)}\n\n");
            if (slo.Alerts.Episodes.Count > 0)
            {
                builder.Append("| ").Append(string.Join(" | ", ReportAlerts.Headers(es))).Append(" |\n|---|---|---|---|\n");
                foreach (var row in ReportAlerts.Rows(slo.Alerts, es))
                {
                    builder.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
                }

                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    public static string Html(MonthlyReport report, string language)
    {
        var es = language == "es";
        var builder = new StringBuilder();
        builder.Append($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(Title(report, es))}</title>\n");
        builder.Append("<style>body{font-family:sans-serif;max-width:56em;margin:2em auto;color:#222}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.3em .6em}svg{display:block;margin:.5em 0}</style>\n</head>\n<body>\n");
        builder.Append($"<h1>{E(Title(report, es))}</h1>\n");
        foreach (var slo in report.Slos)
        {
            builder.Append($"<section class=\"slo\" id=\"{E(slo.Slo.Service)}-{E(slo.Slo.Name)}\">\n<h2>{E(slo.Slo.Service)} / {E(slo.Slo.Name)}</h2>\n");
            builder.Append($"<p class=\"sentence\">{E(Sentence(report, slo, es))}</p>\n");
            builder.Append("<table><tr>").Append(string.Concat((es
                ? new[] { "objetivo", "cumplimiento", "presupuesto consumido", "peores días" }
                : new[] { "objective", "attainment", "budget consumed", "worst days" }).Select(h => $"<th>{h}</th>")));
            builder.Append($"</tr><tr><td>{E(Percent(slo.Slo.Objective, 2, es))}</td><td>{E(Percent(slo.Attainment, 3, es))}</td>"
                + $"<td>{E(Percent(slo.BudgetConsumed, 1, es))}</td><td>{E(WorstDays(slo, es))}</td></tr></table>\n");
            builder.Append(SvgCharts.DailySli(report, slo, es ? "SLI por día" : "SLI per day"));
            builder.Append(SvgCharts.BurnDown(report, slo, es ? "Presupuesto de errores restante" : "Error budget left"));
            builder.Append($"<h3>{ReportAlerts.Heading(es)}</h3>\n<p class=\"alerts\">{E(ReportAlerts.Sentence(slo.Alerts, es))}</p>\n");
            if (slo.Alerts.Episodes.Count > 0)
            {
                builder.Append("<table class=\"episodes\"><tr>").Append(string.Concat(ReportAlerts.Headers(es).Select(h => $"<th>{h}</th>"))).Append("</tr>\n");
                foreach (var row in ReportAlerts.Rows(slo.Alerts, es))
                {
                    builder.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>\n");
                }

                builder.Append("</table>\n");
            }
            builder.Append("</section>\n");
        }

        builder.Append("</body>\n</html>\n");
        return builder.ToString();
    }

    /// <summary>The seeds' phrasing: "In November 2026, 99.70% of checkout requests were served without error …".</summary>
    internal static string Sentence(MonthlyReport report, MonthlySlo slo, bool es)
    {
        var month = MonthName(report, es);
        if (slo.Attainment is not { } attainment)
        {
            return es ? $"En {month} no hubo datos de {slo.Slo.Service}." : $"In {month} there was no data for {slo.Slo.Service}.";
        }

        var met = attainment >= (double)slo.Slo.Objective;
        var unit = slo.Slo.Events;
        var what = (slo.Slo.Sli, es) switch
        {
            (LatencySliModel l, false) => $"of {slo.Slo.Service} {unit.EnglishPlural} got an answer in under {l.ThresholdText ?? l.ThresholdSeconds + "s"}",
            (LatencySliModel l, true) => $"de {unit.SpanishWithArticle} de {slo.Slo.Service} recibieron respuesta en menos de {l.ThresholdText ?? l.ThresholdSeconds + "s"}",
            (UptimeSliModel, false) => $"of the time {slo.Slo.Service} was up",
            (UptimeSliModel, true) => $"del tiempo {slo.Slo.Service} estuvo disponible",
            (ThresholdSliModel t, false) => $"of the time {slo.Slo.Service} kept {t.Text}",
            (ThresholdSliModel t, true) => $"del tiempo {slo.Slo.Service} cumplió {t.Text}",
            (_, false) => $"of {slo.Slo.Service} {unit.EnglishPlural} were served without error",
            _ => $"de {unit.SpanishWithArticle} de {slo.Slo.Service} se atendieron sin error",
        };
        var left = Percent(Math.Max(0, 1 - (slo.BudgetConsumed ?? 0)), 0, es);
        var worst = slo.WorstDays.FirstOrDefault();
        var worstText = worst is null ? string.Empty
            : es ? $" El peor día fue el {worst.Day.Day} de {MonthsEs[worst.Day.Month - 1]} ({Percent(1 - worst.ErrorRatio, 2, es)})."
            : $" The worst day was {worst.Day.Day} {MonthsEn[worst.Day.Month - 1]} ({Percent(1 - worst.ErrorRatio, 2, es)}).";
        return es
            ? $"En {month}, el {Percent(attainment, 2, es)} {what} (objetivo: {Percent(slo.Slo.Objective, 2, es)}): "
                + (met ? $"se cumplió el objetivo y queda el {left} del presupuesto de errores." : "no se cumplió el objetivo; el presupuesto de errores se agotó.") + worstText
            : $"In {month}, {Percent(attainment, 2, es)} {what} (objective: {Percent(slo.Slo.Objective, 2, es)}): "
                + (met ? $"the objective was met, with {left} of the error budget left." : "the objective was missed; the error budget is spent.") + worstText;
    }

    private static string Title(MonthlyReport report, bool es) =>
        es ? $"Informe de SLO: {MonthName(report, es)}" : $"SLO report: {MonthName(report, es)}";

    private static string MonthName(MonthlyReport report, bool es) =>
        es ? $"{MonthsEs[report.Month - 1]} de {report.Year}" : $"{MonthsEn[report.Month - 1]} {report.Year}";

    private static string WorstDays(MonthlySlo slo, bool es) => slo.WorstDays.Count == 0 ? "-"
        : string.Join(", ", slo.WorstDays.Select(d => $"{d.Day:yyyy-MM-dd} ({Percent(1 - d.ErrorRatio, 2, es)})"));

    internal static string Percent(double? ratio, int decimals, bool es)
    {
        if (ratio is not { } r)
        {
            return "-";
        }

        var text = (r * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return es ? text.Replace('.', ',') + " %" : text + "%";
    }

    internal static string Percent(decimal ratio, int decimals, bool es) => Percent((double)ratio, decimals, es);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
