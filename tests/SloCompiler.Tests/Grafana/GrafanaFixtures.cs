using SloCompiler.Emit;
using SloCompiler.Emit.Grafana;
using SloCompiler.Model;
using SloCompiler.Tests.Emit;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// A program built by hand (the checker is not needed): the single-SLO services of the rules tests
/// plus <c>storefront</c>, whose two SLOs are both grouped by route (and one by method too).
/// </summary>
internal static class GrafanaFixtures
{
    public static SloProgram Program()
    {
        var services = new List<ServiceModel>
        {
            Fixtures.Checkout(), Fixtures.Search(), Fixtures.Gateway(), Fixtures.Ledger(), Fixtures.Queue(page: false), Storefront(),
        };
        return new SloProgram(services.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(), ["slos/all.slo"]);
    }

    public static ServiceModel Storefront()
    {
        var availability = Fixtures.Slo("storefront", "availability", 99.9m, 30,
            new RatioSliModel(
                new Selector("http_requests_total", [Fixtures.Eq("job", "storefront"), Fixtures.Re("code", "5..")]),
                null,
                new Selector("http_requests_total", [Fixtures.Eq("job", "storefront")])),
            groupBy: ["method", "route"]);
        var latency = Fixtures.Slo("storefront", "latency", 99m, 30,
            new LatencySliModel(new Selector("http_request_duration_seconds", [Fixtures.Eq("job", "storefront")]), 0.5m, ["0.5"], [0.1m, 0.5m]),
            groupBy: ["route"]);
        return new ServiceModel("storefront", "web", null, "The shop front end.", null, Fixtures.None, [availability, latency], ["slos/storefront.slo"]);
    }

    public static IReadOnlyList<OutputFile> Emit(string language = "en") => GrafanaEmitter.Emit(Program(), language);

    public static IEnumerable<OutputFile> Dashboards(string language = "en") =>
        Emit(language).Where(f => f.RelativePath.EndsWith(".json", StringComparison.Ordinal));
}
