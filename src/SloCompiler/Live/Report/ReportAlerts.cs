using System.Globalization;
using SloCompiler.Live.Backtest;
using SloCompiler.Model;

namespace SloCompiler.Live.Report;

/// <summary>
/// The report's "when pages and tickets fired, and for how long", in English or Spanish: one sentence with
/// the totals and where they come from, and one row per episode (tier, start, end, duration; UTC).
/// </summary>
internal static class ReportAlerts
{
    public static string Heading(bool es) => es ? "Alertas" : "Alerts";

    public static IReadOnlyList<string> Headers(bool es) =>
        es ? ["alerta", "inicio", "fin", "duración"] : ["alert", "start", "end", "duration"];

    /// <summary>"Pages: 1 (23m in total). Tickets: none. From Prometheus' ALERTS history."</summary>
    public static string Sentence(SloEpisodes alerts, bool es)
    {
        var source = (alerts.Source, es) switch
        {
            (EpisodeSource.Alerts, false) => "From the ALERTS history of the deployed rules.",
            (EpisodeSource.Alerts, true) => "Según el historial de ALERTS de las reglas desplegadas.",
            (_, false) => "Replayed from the SLI's own series: the rules were not deployed.",
            _ => "Reconstruido a partir de las series del SLI: las reglas no estaban desplegadas.",
        };
        return $"{Total(alerts, AlertTierKind.Page, es)} {Total(alerts, AlertTierKind.Ticket, es)} {source}";
    }

    public static IEnumerable<string[]> Rows(SloEpisodes alerts, bool es) => alerts.Episodes.Select(e => new[]
    {
        Tier(e.Tier, es) + (e.LabelText.Length == 0 ? string.Empty : " " + e.LabelText),
        Time(e.Start),
        e.End is { } end ? Time(end) : es ? "sigue activa" : "still firing",
        Duration(e.Duration),
    });

    private static string Total(SloEpisodes alerts, AlertTierKind tier, bool es)
    {
        var count = alerts.Count(tier);
        var name = (tier, es) switch
        {
            (AlertTierKind.Page, false) => "Pages",
            (AlertTierKind.Page, true) => "Avisos urgentes (page)",
            (_, false) => "Tickets",
            _ => "Tickets",
        };
        if (count == 0)
        {
            return es ? $"{name}: ninguno." : $"{name}: none.";
        }

        var total = Duration(alerts.Firing(tier));
        return es ? $"{name}: {Number(count)} ({total} en total)." : $"{name}: {Number(count)} ({total} in total).";
    }

    private static string Tier(AlertTierKind tier, bool es) => tier == AlertTierKind.Page ? (es ? "aviso urgente" : "page") : "ticket";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan duration) =>
        PromDuration.FromSeconds((long)Math.Round(duration.TotalSeconds, MidpointRounding.AwayFromZero)).ToString();

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
