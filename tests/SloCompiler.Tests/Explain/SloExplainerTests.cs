using System.Globalization;
using SloCompiler.Explain;
using static SloCompiler.Tests.Explain.ExplainModels;

namespace SloCompiler.Tests.Explain;

public class SloExplainerTests
{
    [Fact]
    public void Ratio_in_english()
    {
        var text = SloExplainer.Explain(Program(Service("payments", Ratio())), "en");

        text.Should().Be(
            "Service payments-api (team payments)\n" +
            "\n" +
            "availability: 99.9% of requests over 30 days succeed. The error budget is 0.1% of requests — 43.2 minutes of full outage. " +
            "Someone is paged when 2% of it burns within an hour (or 5% within 6 hours); " +
            "a ticket is opened when 10% burns within a day (or within 3 days). " +
            "Out of every 1000 requests, at most 1 may fail. " +
            "Low-traffic guard: a page needs at least 70 requests within an hour; a ticket needs at least 334 within a day.\n");
    }

    [Fact]
    public void Ratio_in_spanish()
    {
        var text = SloExplainer.Explain(Program(Service("payments", Ratio())), "es");

        text.Should().Be(
            "Servicio payments-api (equipo payments)\n" +
            "\n" +
            "availability: el 99.9% de las solicitudes en 30 días se atienden sin error. " +
            "El presupuesto de error es el 0.1% de las solicitudes: 43.2 minutos de caída total. " +
            "Se avisa a la guardia cuando se consume el 2% en una hora (o el 5% en 6 horas); " +
            "se abre un ticket cuando se consume el 10% en un día (o en 3 días). " +
            "De cada 1000 solicitudes, como máximo 1 puede fallar. " +
            "Guarda de poco tráfico: un aviso necesita al menos 70 solicitudes en una hora; un ticket necesita al menos 334 en un día.\n");
    }

    [Fact]
    public void Latency_p95_in_english_names_receivers_hours_and_grouping()
    {
        var text = SloExplainer.Explain(Program(Service(null, LatencyP95())), "en");

        text.Should().Be(
            "Service payments-api\n" +
            "\n" +
            "latency-p95: 95% of requests over 7 days are answered in under 800 ms. " +
            "The error budget is 5% of requests — 8.4 hours of every request being slow. " +
            "Someone is paged via pagerduty-payments when 2% of it burns within 14 minutes (or 5% within 1.4 hours); " +
            "a ticket is opened via slack-payments, only during business-hours, when 10% burns within 5.6 hours (or within 16.8 hours). " +
            "Out of every 100 requests, at most 5 may take 800 ms or longer. " +
            "Low-traffic guard: a page needs at least 2 requests within 14 minutes; a ticket needs at least 7 within 5.6 hours. " +
            "Measured separately for each route.\n");
    }

    [Fact]
    public void Latency_p95_in_spanish()
    {
        var text = SloExplainer.Explain(Program(Service(null, LatencyP95())), "es");

        text.Should().Be(
            "Servicio payments-api\n" +
            "\n" +
            "latency-p95: el 95% de las solicitudes en 7 días se responden en menos de 800 ms. " +
            "El presupuesto de error es el 5% de las solicitudes: 8.4 horas con todas las solicitudes lentas. " +
            "Se avisa a la guardia por pagerduty-payments cuando se consume el 2% en 14 minutos (o el 5% en 1.4 horas); " +
            "se abre un ticket por slack-payments, solo durante business-hours, cuando se consume el 10% en 5.6 horas (o en 16.8 horas). " +
            "De cada 100 solicitudes, como máximo 5 pueden tardar 800 ms o más. " +
            "Guarda de poco tráfico: un aviso necesita al menos 2 solicitudes en 14 minutos; un ticket necesita al menos 7 en 5.6 horas. " +
            "Se mide por separado para cada route.\n");
    }

    [Fact]
    public void Uptime_in_both_languages()
    {
        var program = Program(Service("payments", Uptime()));

        SloExplainer.Explain(program, "en").Should().EndWith(
            "uptime: the target is up 99.99% of the time over 30 days; the budget is 4.3 minutes of downtime. " +
            "Someone is paged when 2% of it burns within an hour (or 5% within 6 hours); " +
            "a ticket is opened when 10% burns within a day (or within 3 days).\n");
        SloExplainer.Explain(program, "es").Should().EndWith(
            "uptime: el servicio está disponible el 99.99% del tiempo en 30 días; el presupuesto es de 4.3 minutos de caída. " +
            "Se avisa a la guardia cuando se consume el 2% en una hora (o el 5% en 6 horas); " +
            "se abre un ticket cuando se consume el 10% en un día (o en 3 días).\n");
    }

    [Fact]
    public void Disabled_page_tier_in_both_languages()
    {
        var program = Program(Service("payments", PageOff()));

        SloExplainer.Explain(program, "en").Should().EndWith(
            "ledger: 99.5% of events over 28 days succeed, as measured by a custom error-ratio expression. " +
            "The error budget is 0.5% of events — 3.4 hours of full outage. " +
            "Nobody is paged for this SLO. " +
            "A ticket is opened via ledger-team when 10% of it burns within 22.4 hours (or within 67.2 hours). " +
            "Out of every 1000 events, at most 5 may fail.\n");
        SloExplainer.Explain(program, "es").Should().EndWith(
            "ledger: el 99.5% de los eventos en 28 días se completan sin error, según una expresión propia de tasa de error. " +
            "El presupuesto de error es el 0.5% de los eventos: 3.4 horas de caída total. " +
            "No se avisa a la guardia por este SLO. " +
            "Se abre un ticket por ledger-team cuando se consume el 10% en 22.4 horas (o en 67.2 horas). " +
            "De cada 1000 eventos, como máximo 5 pueden fallar.\n");
    }

    [Fact]
    public void Services_and_slos_are_separated_by_blank_lines()
    {
        var program = Program(Service("payments", Ratio(), Uptime()), Service(null, PageOff()));

        var lines = SloExplainer.Explain(program, "en").Split('\n');

        lines.Select(l => l.Length == 0 ? string.Empty : l.Split(' ')[0])
            .Should().Equal("Service", string.Empty, "availability:", string.Empty, "uptime:", string.Empty, "Service", string.Empty, "ledger:", string.Empty);
    }

    [Theory]
    [InlineData("es-ES")]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var program = Program(Service("payments", Ratio(), LatencyP95(), Uptime(), PageOff()));
        var expected = new[] { "en", "es" }.Select(l => SloExplainer.Explain(program, l)).ToList();

        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var actual = new[] { "en", "es" }.Select(l => SloExplainer.Explain(program, l)).ToList();

            actual.Should().Equal(expected);
            actual[0].Should().Contain("99.9%").And.Contain("43.2 minutes").And.Contain("Out of every 1000 requests");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void Unknown_language_is_rejected()
    {
        var act = () => SloExplainer.Explain(Program(), "fr");

        act.Should().Throw<ArgumentException>().WithParameterName("language");
    }
}
