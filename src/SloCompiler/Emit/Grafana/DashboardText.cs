using SloCompiler.Explain;
using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// Titles and descriptions of the dashboards in one language. Numbers and durations arrive already
/// formatted (invariant culture), so a language decides only the words.
/// </summary>
internal abstract class DashboardText
{
    public static DashboardText For(string language) => language switch
    {
        "en" => English.Instance,
        "es" => Spanish.Instance,
        _ => throw new ArgumentException($"Unknown dashboard language '{language}'; use 'en' or 'es'.", nameof(language)),
    };

    /// <summary>The explainer's phrases, reused for durations ("30 days", "30 días") and latency thresholds.</summary>
    protected abstract ExplainPhrases Phrases { get; }

    /// <summary>
    /// "30 days", "5 minutes"; a duration that is no whole number of its unit (280 seconds would read
    /// "4.67 minutes") is written as Prometheus writes it: "4m40s".
    /// </summary>
    public string Duration(PromDuration duration)
    {
        var (value, unit) = ExplainQuantities.Window(duration);
        return value == decimal.Truncate(value) ? Phrases.Quantity(value, unit) : duration.ToString();
    }

    public string Threshold(decimal seconds) => Phrases.Threshold(seconds);

    public abstract string ServiceTitle(string service);

    public abstract string OverviewTitle { get; }

    public abstract string DatasourceLabel { get; }

    public abstract string SloRow(string slo, string objective, string period);

    public abstract string SliTitle { get; }

    /// <summary>The title of a panel's link to the SLO's runbook.</summary>
    public abstract string RunbookLink { get; }

    /// <summary>The title of a panel's link to where the SLO is written (<c>--source-url</c>).</summary>
    public abstract string SourceLink { get; }

    public abstract string SliDescription(string window, string objective);

    public abstract string ObjectiveLegend { get; }

    public abstract string BudgetTitle { get; }

    public abstract string BudgetDescription(string period);

    public abstract string BurnDownTitle { get; }

    public abstract string BurnDownDescription(string period);

    public abstract string BudgetHistoryTitle { get; }

    public abstract string BudgetHistoryDescription(string period);

    /// <summary>The name of the dashboard's annotation that marks firing alerts on every graph.</summary>
    public abstract string AlertAnnotation { get; }

    public abstract string BurnTitle { get; }

    public abstract string BurnDescription(string page, string ticket);

    public abstract string AlertsTitle { get; }

    public abstract string AlertsDescription { get; }

    public abstract string Availability { get; }

    public abstract string AvailabilityDescription(EventUnit unit, string period);

    /// <summary>The overview panel of SLOs whose SLI is a raw expression (lag, freshness …).</summary>
    public abstract string Custom { get; }

    public abstract string CustomDescription(string period);

    public abstract string Latency { get; }

    public abstract string LatencyDescription(EventUnit unit, string period, string threshold);

    public abstract string ErrorRate { get; }

    public abstract string ErrorRateDescription(EventUnit unit, string window);

    public abstract string BudgetStatus { get; }

    public abstract string BudgetStatusDescription { get; }

    public abstract string NoSlo(string what);

    /// <summary>The description of a panel whose service has no SLO of that kind.</summary>
    public abstract string NoSloDescription(string what);

    public abstract string None { get; }

    private sealed class English : DashboardText
    {
        public static English Instance { get; } = new();

        protected override ExplainPhrases Phrases => EnglishPhrases.Instance;

        public override string ServiceTitle(string service) => $"SLOs: {service}";

        public override string OverviewTitle => "SLO overview";

        public override string DatasourceLabel => "Data source";

        public override string SloRow(string slo, string objective, string period) => $"{slo}: {objective} over {period}";

        public override string SliTitle => "SLI against objective";

        public override string RunbookLink => "Runbook";

        public override string SourceLink => "SLO source";

        public override string SliDescription(string window, string objective) =>
            $"Share of good events over the last {window}, against the objective of {objective}.";

        public override string ObjectiveLegend => "objective";

        public override string BudgetTitle => "Error budget remaining";

        public override string BudgetDescription(string period) =>
            $"How much of the error budget for the last {period} is left: 100% untouched, 0% spent, below 0% overspent.";

        public override string BurnDownTitle => "Error budget burn-down";

        public override string BurnDownDescription(string period) =>
            $"The error budget of a period of {period} that starts at the left edge of the graph (choose \"This month\" for the month so far): it falls as errors spend it and reaches 0% at the period's end when the budget burns at exactly 1×.";

        public override string BudgetHistoryTitle => "Error budget remaining over time";

        public override string BudgetHistoryDescription(string period) =>
            $"At each moment, how much of the error budget for the {period} before it was left: the history of the number above.";

        public override string AlertAnnotation => "Firing alerts";

        public override string BurnTitle => "Burn rate";

        public override string BurnDescription(string page, string ticket) =>
            $"How fast the error budget burns; 1 spends exactly the budget over the period. Dashed lines: page at {page}, ticket at {ticket}.";

        public override string AlertsTitle => "Alert state";

        public override string AlertsDescription => "Pending and firing burn-rate alerts of this SLO (page and ticket).";

        public override string Availability => "Availability";

        public override string AvailabilityDescription(EventUnit unit, string period) =>
            $"Out of every 100 {unit.EnglishPlural} in the last {period}, how many worked.";

        public override string Custom => "Other SLOs";

        public override string CustomDescription(string period) =>
            $"SLOs measured by their own expression (a lag, a freshness check): the share of good time in the last {period}.";

        public override string Latency => "Latency";

        public override string LatencyDescription(EventUnit unit, string period, string threshold) =>
            $"Out of every 100 {unit.EnglishPlural} in the last {period}, how many were faster than {threshold}.";

        public override string ErrorRate => "Error rate";

        public override string ErrorRateDescription(EventUnit unit, string window) =>
            $"Out of every 100 {unit.EnglishPlural} in the last {window}, how many failed.";

        public override string BudgetStatus => "Error budget status";

        public override string BudgetStatusDescription =>
            "How much of the failures we can afford is still left, for the SLO closest to breaking its promise: 100% untouched, 0% used up.";

        public override string NoSlo(string what) => $"No {what.ToLowerInvariant()} SLO";

        public override string NoSloDescription(string what) => $"This service has no {what.ToLowerInvariant()} SLO.";

        public override string None => "none";
    }

    private sealed class Spanish : DashboardText
    {
        public static Spanish Instance { get; } = new();

        protected override ExplainPhrases Phrases => SpanishPhrases.Instance;

        public override string ServiceTitle(string service) => $"SLO: {service}";

        public override string OverviewTitle => "Resumen de SLO";

        public override string DatasourceLabel => "Fuente de datos";

        public override string SloRow(string slo, string objective, string period) => $"{slo}: {objective} en {period}";

        public override string SliTitle => "SLI frente al objetivo";

        public override string RunbookLink => "Runbook (guía de actuación)";

        public override string SourceLink => "Definición del SLO";

        public override string SliDescription(string window, string objective) =>
            $"Proporción de eventos buenos en los últimos {window}, frente al objetivo de {objective}.";

        public override string ObjectiveLegend => "objetivo";

        public override string BudgetTitle => "Presupuesto de error restante";

        public override string BudgetDescription(string period) =>
            $"Cuánto queda del presupuesto de error de los últimos {period}: 100% intacto, 0% agotado, por debajo de 0% sobrepasado.";

        public override string BurnDownTitle => "Consumo del presupuesto de error";

        public override string BurnDownDescription(string period) =>
            $"El presupuesto de error de un periodo de {period} que empieza en el borde izquierdo de la gráfica (elige \"Este mes\" para el mes en curso): baja a medida que los errores lo gastan y llega a 0% al final del periodo si se consume justo a 1×.";

        public override string BudgetHistoryTitle => "Presupuesto de error restante a lo largo del tiempo";

        public override string BudgetHistoryDescription(string period) =>
            $"En cada momento, cuánto quedaba del presupuesto de error de los {period} anteriores: la historia del valor de arriba.";

        public override string AlertAnnotation => "Alertas activas";

        public override string BurnTitle => "Tasa de consumo";

        public override string BurnDescription(string page, string ticket) =>
            $"Qué tan rápido se consume el presupuesto de error; 1 lo agota justo al final del periodo. Líneas discontinuas: aviso urgente a {page}, ticket a {ticket}.";

        public override string AlertsTitle => "Estado de las alertas";

        public override string AlertsDescription => "Alertas de consumo pendientes y activas de este SLO (aviso urgente y ticket).";

        public override string Availability => "Disponibilidad";

        public override string AvailabilityDescription(EventUnit unit, string period) =>
            $"De cada 100 {unit.SpanishPlural} en los últimos {period}, {unit.Agree("cuántas", "cuántos")} funcionaron.";

        public override string Custom => "Otros SLO";

        public override string CustomDescription(string period) =>
            $"SLO medidos con su propia expresión (un retraso, una comprobación de frescura): la parte de tiempo bueno en los últimos {period}.";

        public override string Latency => "Latencia";

        public override string LatencyDescription(EventUnit unit, string period, string threshold) =>
            $"De cada 100 {unit.SpanishPlural} en los últimos {period}, {unit.Agree("cuántas", "cuántos")} tardaron menos de {threshold}.";

        public override string ErrorRate => "Tasa de errores";

        public override string ErrorRateDescription(EventUnit unit, string window) =>
            $"De cada 100 {unit.SpanishPlural} en los últimos {window}, {unit.Agree("cuántas", "cuántos")} fallaron.";

        public override string BudgetStatus => "Estado del presupuesto de error";

        public override string BudgetStatusDescription =>
            "Cuánto queda de los fallos que nos podemos permitir, en el SLO más cerca de romper su promesa: 100% intacto, 0% agotado.";

        public override string NoSlo(string what) => $"Sin SLO de {what.ToLowerInvariant()}";

        public override string NoSloDescription(string what) => $"Este servicio no tiene SLO de {what.ToLowerInvariant()}.";

        public override string None => "ninguno";
    }
}
