using SloCompiler.Explain;
using SloCompiler.Model;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// min_events per tier (issue 17): <c>page min_events=N</c> / <c>ticket min_events=N</c> beside the general
/// <c>min_events N</c>, both cascading like every other setting; each tier's guard reaches its own alert, its
/// generated promtool tests hold on both sides and break when that tier's guard is dropped or raised.
/// </summary>
public sealed class LowTrafficTierTests : IDisposable
{
    private const string Ratio = "ratio { bad http_requests_total{job=\"api\", code=~\"5..\"} total http_requests_total{job=\"api\"} }";

    private readonly string root = Directory.CreateTempSubdirectory("slo-lowtraffic-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Tier_values_cascade_and_an_inner_general_value_replaces_outer_tier_values()
    {
        var result = Compile(new SourceFile("api.slo", $$"""
            defaults { min_events 40 }
            policy quiet { alerting { ticket min_events=10 } }
            service api {
              team t
              policy quiet
              slo inherits { objective 99.9% over 30d  {{Ratio}} }
              slo general { objective 99.9% over 30d  min_events 5  {{Ratio}} }
              slo page-off { objective 99.9% over 30d  alerting { page min_events=0 }  {{Ratio}} }
            }
            """));

        var slos = result.Program!.Services.Single().Slos.ToDictionary(s => s.Name);
        (slos["inherits"].Page.MinEvents, slos["inherits"].Ticket.MinEvents).Should().Be((40L, 10L));
        (slos["general"].Page.MinEvents, slos["general"].Ticket.MinEvents).Should().Be((5L, 5L), "the SLO's own min_events is inside the policy's ticket value");
        (slos["page-off"].Page.MinEvents, slos["page-off"].Ticket.MinEvents).Should().Be((0L, 10L));
    }

    [Fact]
    public void The_yaml_form_reads_the_same_settings()
    {
        var result = Compile(new SourceFile("api.yaml", """
            apiVersion: slocompiler.dev/v1
            kind: Defaults
            spec: { min_events: 40, alerting: { ticket: { min_events: 10 } } }
            ---
            apiVersion: slocompiler.dev/v1
            kind: Service
            metadata: { name: api, team: t }
            spec:
              slos:
                - name: s
                  objective: 99.9%
                  alerting: { page: { min_events: 200 } }
                  ratio: { bad: 'http_requests_total{job="api",code=~"5.."}', total: 'http_requests_total{job="api"}' }
            """));

        var slo = result.Program!.Services.Single().Slos.Single();
        (slo.Page.MinEvents, slo.Ticket.MinEvents, slo.MinEvents).Should().Be((200L, 10L, 40L));
    }

    [Fact]
    public void A_yaml_service_sets_min_events_as_the_dsl_service_does()
    {
        var result = Compile(new SourceFile("api.yaml", """
            apiVersion: slocompiler.dev/v1
            kind: Service
            metadata: { name: api, team: t }
            spec:
              min_events: 25
              slos:
                - name: s
                  objective: 99.9%
                  ratio: { bad: 'http_requests_total{job="api",code=~"5.."}', total: 'http_requests_total{job="api"}' }
            """));

        result.Program!.Services.Single().Slos.Single().MinEvents.Should().Be(25L);
    }

    [Fact]
    public void Each_tier_alert_carries_its_own_guard()
    {
        var rules = Rules(Compile(Dsl("alerting { page min_events=200 ticket min_events=20 }")));
        var page = Between(rules, "alert: SLOBurnRatePage", "alert: SLOBurnRateTicket");
        var ticket = Between(rules, "alert: SLOBurnRateTicket", "alert: SLONoData");

        page.Should().Contain("slo:sli_events:rate1h{service=\"api\", slo=\"s\"} * 3600 >= 200")
            .And.Contain("slo:sli_events:rate6h{service=\"api\", slo=\"s\"} * 21600 >= 200").And.NotContain(">= 20\n");
        ticket.Should().Contain("slo:sli_events:rate1d{service=\"api\", slo=\"s\"} * 86400 >= 20\n")
            .And.Contain("slo:sli_events:rate3d{service=\"api\", slo=\"s\"} * 259200 >= 20\n").And.NotContain(">= 200");
    }

    [Theory]
    [InlineData("alerting { page min_events=1.5 }", "SLO140", "1.5")]
    [InlineData("alerting { ticket min_events=-3 }", "SLO001", "-3")]
    [InlineData("alerting { page min_events 5 }", "SLO001", "5 }")]
    public void A_bad_tier_value_is_reported_where_it_was_written(string item, string code, string at)
    {
        var source = Dsl(item);
        var result = Compiler.Compile([source]);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == code, string.Join("\n", result.Diagnostics)).Subject;
        diagnostic.Span.Start.Should().Be(source.Text.IndexOf(at, StringComparison.Ordinal));
    }

    [Fact]
    public void Min_events_on_an_uptime_slo_is_reported_where_written_but_not_when_inherited()
    {
        var source = new SourceFile("api.slo",
            "defaults { min_events 40 }\nservice api {\n  team t\n" +
            "  slo up { objective 99.9% over 30d  uptime up{job=\"api\"} }\n" +
            "  slo up-tier { objective 99.9% over 30d  alerting { ticket min_events=7 }  uptime up{job=\"api\"} }\n}\n");
        var result = Compiler.Compile([source]);

        var warning = result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO141").Subject;
        warning.Span.Start.Should().Be(source.Text.IndexOf("7 }", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_tests_hold_both_sides_of_each_tier_and_fail_without_the_ticket_guard_or_with_a_higher_one()
    {
        var result = Compile(Dsl("alerting { page min_events=200 ticket min_events=20 }"));
        var tests = result.Outputs.Single(f => f.RelativePath == "tests/api.test.yml").Content;
        tests.Should().Contain("under every ticket guard (20 per 1d): one failure at").And.Contain("while the page's own guard holds the page back");
        Write(result.Outputs);
        var run = Promtool.Run(root, "test", "rules", "tests/api.test.yml");
        run.ExitCode.Should().Be(0, run.Output);

        var rulesPath = Path.Combine(root, "prometheus", "api.rules.yml");
        var rules = File.ReadAllText(rulesPath);
        foreach (var (from, to) in new[] { (">= 20\n", ">= 0\n"), (">= 20\n", ">= 2000\n") })
        {
            File.WriteAllText(rulesPath, rules.Replace(from, to, StringComparison.Ordinal));
            Promtool.Run(root, "test", "rules", "tests/api.test.yml").ExitCode.Should().NotBe(0, $"the ticket guard changed to '{to.Trim()}'");
        }
    }

    [Fact]
    public void Explain_names_each_tiers_guard_in_english_and_spanish()
    {
        var program = Compile(Dsl("alerting { page min_events=200 ticket min_events=20 }")).Program!;

        SloExplainer.Explain(program, "en").Should().Contain("Low-traffic guard: a page needs at least 200 requests within an hour; a ticket needs at least 20 within a day.");
        SloExplainer.Explain(program, "es").Should().Contain("Guarda de poco tráfico: un aviso necesita al menos 200 solicitudes en una hora; un ticket necesita al menos 20 en un día.");
    }

    private static SourceFile Dsl(string item) =>
        new("api.slo", $"service api {{\n  team t\n  slo s {{\n    objective 99.5% over 30d\n    {item}\n    {Ratio}\n    per tenant\n  }}\n}}\n");

    private static CompileResult Compile(SourceFile source)
    {
        var result = Compiler.Compile([source]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Rules(CompileResult result) => result.Outputs.Single(f => f.RelativePath == "prometheus/api.rules.yml").Content;

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        return text[start..text.IndexOf(to, start, StringComparison.Ordinal)];
    }

    private void Write(IEnumerable<SloCompiler.Emit.OutputFile> outputs)
    {
        foreach (var file in outputs)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
