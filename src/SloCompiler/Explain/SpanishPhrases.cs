using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>
/// Spanish wording, after the seeds' reports ("El 95% de los clientes recibió respuesta en menos de
/// 1.2 segundos"): decimal point, percent sign without a space.
/// </summary>
internal sealed class SpanishPhrases : ExplainPhrases
{
    public static SpanishPhrases Instance { get; } = new();

    public override string ServiceHeading(string service, string? team) =>
        team is null ? "Servicio " + service : "Servicio " + service + " (equipo " + team + ")";

    public override string Summary(SliKind kind, EventUnit unit, string objective, string period, string? threshold, string budget, string budgetTime) =>
        kind switch
        {
            SliKind.Uptime =>
                $"el servicio está disponible el {objective} del tiempo en {period}; el presupuesto es de {budgetTime} de caída.",
            SliKind.Threshold =>
                $"{threshold} se cumple el {objective} del tiempo en {period}, comprobado en cada evaluación de las reglas; " +
                $"el presupuesto es de {budgetTime} fuera de ese límite.",
            SliKind.Latency =>
                $"el {objective} de {unit.SpanishWithArticle} en {period} se responden en menos de {threshold}. " +
                $"El presupuesto de error es el {budget} de {unit.SpanishWithArticle}: {budgetTime} con {unit.Agree("todas", "todos")} {unit.SpanishWithArticle} {unit.Agree("lentas", "lentos")}.",
            SliKind.Raw =>
                $"el {objective} de {unit.SpanishWithArticle} en {period} se completan sin error, según una expresión propia de tasa de error. " +
                $"El presupuesto de error es el {budget} de {unit.SpanishWithArticle}: {budgetTime} de caída total.",
            _ =>
                $"el {objective} de {unit.SpanishWithArticle} en {period} se atienden sin error. " +
                $"El presupuesto de error es el {budget} de {unit.SpanishWithArticle}: {budgetTime} de caída total.",
        };

    public override string TierOpening(bool page, string? receiver, string? during) =>
        (page ? "se avisa a la guardia" : "se abre un ticket")
        + (receiver is null ? string.Empty : " por " + receiver)
        + (during is null ? string.Empty : ", solo durante " + during + ",");

    // Spanish needs no "of it": "se consume el 2%" already refers to the budget just named.
    public override string FirstBurn(string fraction, string within, bool startsSentence) =>
        $" cuando se consume el {fraction} en {within}";

    public override string OtherBurn(string? fraction, string within) =>
        fraction is null ? "o en " + within : $"o el {fraction} en {within}";

    public override string TierDisabled(bool page) =>
        page ? "no se avisa a la guardia por este SLO" : "no se abre ningún ticket por este SLO";

    public override string? OutOfEvery(SliKind kind, EventUnit unit, string total, string allowed, bool single, string? threshold)
    {
        var verb = single ? "puede" : "pueden";
        return kind switch
        {
            SliKind.Uptime or SliKind.Threshold => null,
            SliKind.Latency => $"De cada {total} {unit.SpanishPlural}, como máximo {allowed} {verb} tardar {threshold} o más.",
            _ => $"De cada {total} {unit.SpanishPlural}, como máximo {allowed} {verb} fallar.",
        };
    }

    public override string LowTraffic(EventUnit unit, IReadOnlyList<(bool Page, string Count, string Within)> tiers) =>
        "Guarda de poco tráfico: " + string.Join("; ", tiers.Select((t, i) =>
            $"{(t.Page ? "un aviso" : "un ticket")} necesita al menos {t.Count}{(i == 0 ? " " + unit.SpanishPlural : string.Empty)} en {t.Within}")) + ".";

    public override string PerGroup(IReadOnlyList<string> labels) =>
        "Se mide por separado para cada " + JoinWords(labels, "y") + ".";

    public override string Threshold(decimal seconds) =>
        seconds < 1m
            ? ExplainQuantities.Number(seconds * 1000m) + " ms"
            : Quantity(seconds, TimeUnit.Second);

    protected override string Singular(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => "día",
        TimeUnit.Hour => "hora",
        TimeUnit.Minute => "minuto",
        _ => "segundo",
    };

    protected override string Plural(TimeUnit unit) => Singular(unit) + "s";

    protected override string One(TimeUnit unit) => unit == TimeUnit.Hour ? "una hora" : "un " + Singular(unit);
}
