using System.Globalization;
using System.Text.RegularExpressions;
using SloCompiler.Emit;
using SloCompiler.Tests.Golden;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Emit;

public class PrometheusRulesEmitterTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Rules_match_the_snapshot(string name) =>
        GoldenFile.Verify($"{name}.rules.yml", PrometheusRulesEmitter.Emit(Fixtures.ByName(name)).Content);

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Promtool_tests_match_the_snapshot(string name) =>
        GoldenFile.Verify($"{name}.test.yml", PromtoolTestEmitter.Emit(Fixtures.ByName(name)).Content);

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Each_slo_has_at_most_fifteen_rules_with_conventional_record_names(string name)
    {
        var groups = ((YamlSequenceNode)Load(PrometheusRulesEmitter.Emit(Fixtures.ByName(name)).Content)["groups"]).Cast<YamlMappingNode>().ToList();
        var rules = groups.SelectMany(g => ((YamlSequenceNode)g["rules"]).Cast<YamlMappingNode>()).ToList();
        rules.Count.Should().BeInRange(1, 15 * groups.Count(g => !g["name"].ToString().Contains("-every-", StringComparison.Ordinal)),
            "ten recording and alerting rules per SLO, the no-data alert and the event rates of four low-traffic guards");
        groups.Should().AllSatisfy(g => ((YamlSequenceNode)g["rules"]).Children.Should().NotBeEmpty());
        var records = rules.Where(r => r.Children.ContainsKey("record")).Select(r => r["record"].ToString()).ToList();
        records.Should().AllSatisfy(r => r.Should().MatchRegex("^[a-zA-Z_]+:[a-zA-Z0-9_]+:[a-zA-Z0-9_]+$"));
        records.Should().OnlyHaveUniqueItems();
        records.Should().Contain(["slo:objective:ratio", "slo:error_budget_remaining:ratio"]);
    }

    [Fact]
    public void Long_windows_are_evaluated_less_often_in_groups_of_their_own()
    {
        var groups = ((YamlSequenceNode)Load(PrometheusRulesEmitter.Emit(Fixtures.Checkout()).Content)["groups"]).Cast<YamlMappingNode>()
            .ToDictionary(g => g["name"].ToString(), g => (Interval: g["interval"].ToString(),
                Records: ((YamlSequenceNode)g["rules"]).Cast<YamlMappingNode>().Where(r => r.Children.ContainsKey("record")).Select(r => r["record"].ToString()).ToList()));

        groups.Keys.Should().Equal("slo-checkout-availability-every-4m", "slo-checkout-availability-every-1m", "slo-checkout-availability");
        groups["slo-checkout-availability-every-4m"].Interval.Should().Be("4m");
        groups["slo-checkout-availability-every-4m"].Records.Should().Equal(
            "slo:burn_rate:rate1d", "slo:sli_events:rate1d", "slo:burn_rate:rate3d", "slo:sli_events:rate3d", "slo:error_budget_remaining:ratio");
        groups["slo-checkout-availability-every-1m"].Records.Should().Equal("slo:burn_rate:rate6h", "slo:sli_events:rate6h");
        groups["slo-checkout-availability-every-1m"].Interval.Should().Be("1m");
        groups["slo-checkout-availability"].Records.Should().Equal(
            "slo:sli_bad_events:rate5m", "slo:sli_events:rate5m", "slo:burn_rate:rate1h", "slo:sli_events:rate1h", "slo:objective:ratio");
    }

    [Theory]
    [InlineData("checkout", "/ 0.001\n", "vector(0.999)")]
    [InlineData("gateway", "/ 0.0005\n", "vector(0.9995)")]
    [InlineData("ledger", "/ 0.00001\n", "vector(0.99999)")]
    [InlineData("queue", "/ 0.005\n", "vector(0.995)")]
    public void Budgets_and_objectives_are_exact_decimals(string name, string budget, string objective)
    {
        var service = Fixtures.ByName(name);
        var text = PrometheusRulesEmitter.Emit(service).Content + PromtoolTestEmitter.Emit(service).Content;

        text.Should().Contain(budget).And.Contain(objective);
        text.Should().NotMatchRegex(@"\d[eE][-+]?\d").And.NotContain("0000000001").And.NotContain("9999999");
    }

    [Fact]
    public void Output_is_deterministic_and_culture_independent()
    {
        string EmitAll() => string.Concat(Fixtures.All().Select(n => Fixtures.ByName((string)n[0])).SelectMany(s =>
            new[] { PrometheusRulesEmitter.Emit(s).Content, PromtoolTestEmitter.Emit(s).Content }));

        var reference = EmitAll();
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in new[] { "es-ES", "tr-TR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                EmitAll().Should().Be(reference, $"culture {name} must not change the output");
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        EmitAll().Should().Be(reference);
        reference.Should().NotContain("\r").And.NotContain("\n...\n").And.EndWith("\n");
    }

    [Fact]
    public void Header_names_the_tool_version_and_sorted_sources()
    {
        var content = PrometheusRulesEmitter.Emit(Fixtures.Checkout()).Content;

        content.Split('\n')[0].Should().Be(
            $"# Code generated by slo {ToolInfo.Version} from slos/checkout.common.yml, slos/checkout.slo.yml. DO NOT EDIT.");
        content.Split('\n')[1].Should().Be("groups:");
    }

    [Fact]
    public void A_disabled_page_tier_keeps_the_recordings_but_drops_the_alert()
    {
        var content = PrometheusRulesEmitter.Emit(Fixtures.Queue(page: false)).Content;

        content.Should().Contain("record: slo:burn_rate:rate1h").And.Contain("record: slo:burn_rate:rate6h");
        content.Should().NotContain("SLOBurnRatePage").And.Contain("alert: SLOBurnRateTicket");
        PromtoolTestEmitter.Emit(Fixtures.Queue(page: false)).Content.Should().NotContain("page expected");
    }

    [Fact]
    public void The_description_is_plain_words()
    {
        var content = PrometheusRulesEmitter.Emit(Fixtures.Checkout()).Content;

        content.Should().Contain(
            "2% of the 30-day error budget burned within 1 hour, or 5% within 6 hours. Objective: 99.9% of events good over 30 days.");
        content.Should().NotContain("{{");
    }

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
