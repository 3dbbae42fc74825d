using System.Globalization;
using SloCompiler.Live.Status;

namespace SloCompiler.Live.Gate;

/// <summary>
/// The gate's plain sentences for a deploy log, in English or Spanish. Numbers use the language's decimal
/// mark, spelled out here rather than taken from the machine's culture so every machine prints the same.
/// </summary>
public static class GateSentences
{
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    public static string For(GateResult result, double minimumBudget, double maximumBurn, string language)
    {
        var es = language == "es";
        var slo = $"{result.Status.Slo.Service}/{result.Status.Slo.Name}";
        var left = Percent(result.Status.BudgetLeft, es);
        var outage = result.Status.BudgetLeftAsOutage is { } o
            ? Model.PromDuration.FromSeconds((long)Math.Round(o.TotalSeconds, MidpointRounding.AwayFromZero)).ToString()
            : "-";
        var burn = Number(result.Burn, "0.00", es) + "×";
        return (result.Reason, es) switch
        {
            (GateReason.PageFiring, false) => $"Deploy blocked: {slo} is paging right now (SLOBurnRatePage is firing); fix that before deploying.",
            (GateReason.PageFiring, true) => $"Despliegue bloqueado: {slo} está avisando ahora mismo (SLOBurnRatePage activa); resuélvelo antes de desplegar.",
            (GateReason.BudgetBelowMinimum, false) => $"Deploy blocked: {slo} has {left} of its error budget left, below the {Percent(minimumBudget, false)} minimum.",
            (GateReason.BudgetBelowMinimum, true) => $"Despliegue bloqueado: a {slo} le queda el {left} de su presupuesto de errores, por debajo del mínimo del {Percent(minimumBudget, true)}.",
            (GateReason.BurnAboveMaximum, false) => $"Deploy blocked: {slo} is burning its error budget {burn} as fast as allowed over the last {result.BurnWindow}, above the {Number(maximumBurn, "0.##", false)}× maximum.",
            (GateReason.BurnAboveMaximum, true) => $"Despliegue bloqueado: {slo} consume su presupuesto de errores {burn} más rápido de lo permitido en la última ventana de {result.BurnWindow}, por encima del máximo de {Number(maximumBurn, "0.##", true)}×.",
            (_, false) when result.Status.BudgetLeft is null => $"OK: {slo} has no data over its {result.Status.Slo.Period} period; nothing to block on.",
            (_, true) when result.Status.BudgetLeft is null => $"OK: {slo} no tiene datos en su periodo de {result.Status.Slo.Period}; nada que bloquee.",
            (_, false) => $"OK: {slo} has {left} of its error budget left ({outage} of full outage), burning {burn} over the last {result.BurnWindow}.",
            _ => $"OK: a {slo} le queda el {left} de su presupuesto de errores ({outage} de caída total), consumiendo {burn} en la última ventana de {result.BurnWindow}.",
        };
    }

    private static string Percent(double? ratio, bool es) =>
        ratio is { } r ? Number(r * 100, "0.0", es) + (es ? " %" : "%") : "-";

    private static string Number(double? value, string format, bool es)
    {
        if (value is not { } v)
        {
            return "-";
        }

        var text = v.ToString(format, CultureInfo.InvariantCulture);
        return es ? text.Replace('.', ',') : text;
    }
}
