using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Governance;
using SloCompiler.Governance.Policy;
using SloCompiler.PromQl;
using SloCompiler.Text;

namespace SloCompiler.Tests.Governance;

public sealed class SeriesAndKeptLabelTests
{
    private const string Slo = """
        service api {
          slo errors {
            objective 99.9% over 30d
            ratio {
              bad   http_requests_total{code=~"5.."}
              total http_requests_total
            }
            per route, method
          }
        }
        """;

    private const string Catalog = """
        kind: MetricCatalog
        metrics:
        - name: http_requests_total
          type: counter
          labels:
          - { name: code, values: ["200", "500"] }
          - { name: env, values: [prod, staging] }
          - { name: method, cardinality: 4 }
          - { name: route, cardinality: 50 }
        """;

    [Fact]
    public void Rules_above_the_series_budget_are_reported_with_the_estimate()
    {
        var result = Check("kind: LabelPolicy\nseries_budgets: { per_rule: 100 }\n");

        result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO322")
            .Which.Message.Should().Contain("keeps route, method and may produce about 200 series").And.Contain("budget of 100");
    }

    [Fact]
    public void An_SLO_whose_recording_rules_together_exceed_its_budget_is_reported()
    {
        var result = Check("kind: LabelPolicy\nseries_budgets: { per_rule: 1000, slos: { api/errors: 1000 } }\n");

        result.Diagnostics.Should().NotContain(d => d.Code == "SLO322");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO325")
            .Which.Message.Should().MatchRegex("^the [0-9]+ recording rules generated for SLO 'errors' may produce about [0-9]+ series together \\(200 each\\), above the SLO budget of 1000$");
    }

    [Fact]
    public void Generated_rules_that_drop_a_label_to_keep_are_reported()
    {
        var result = Check("kind: LabelPolicy\nkeep_labels: [env]\n");

        result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO324").Which.Message.Should().Contain("'env'");
    }

    [Fact]
    public void The_rule_linter_seam_finds_aggregations_that_drop_a_kept_label()
    {
        var policy = LabelPolicy.Default with { KeepLabels = ["env"] };
        var expression = PromQlParser.Parse("sum by (env) (rate(a[5m])) / sum without (env) (rate(b[5m])) + sum(rate(c[5m]))").Expression!;

        KeptLabels.Dropped(policy, expression).Select(d => d.Aggregation.Without).Should().Equal(true, false);
    }

    [Fact]
    public void An_inventory_service_without_SLO_is_a_gap_unless_waived()
    {
        var catalog = CatalogYamlReader.Read(new SourceFile("catalog.yaml", "services: [batch]\n" + Catalog.Replace("kind: MetricCatalog\n", "", StringComparison.Ordinal)), new DiagnosticBag());
        var sources = new[] { new SourceFile("api.slo", Slo) };
        var program = Compiler.Check(sources).Program!;

        var gap = GovernanceChecker.Check(program, sources, catalog, LabelPolicy.Default).Diagnostics.Should().ContainSingle(d => d.Code == "SLO330").Which;
        gap.Message.Should().StartWith("service 'batch' is in the catalog's inventory but has no SLO");
        gap.Span.ToString().Should().Be("catalog.yaml(1,1)");

        var waived = LabelPolicy.Default with { Waivers = [new Waiver(GapKind.ServiceWithoutSlo, "batch", null, "retired")] };
        var result = GovernanceChecker.Check(program, sources, catalog, waived);
        result.Diagnostics.Should().NotContain(d => d.Code == "SLO330");
        result.Coverage.Single(r => r.Service == "batch").Waived.Should().Equal("service_without_slo");
    }

    [Fact]
    public void The_type_lookup_seam_resolves_family_series()
    {
        var lookup = ReadCatalog().TypeLookup();

        lookup("http_requests_total").Should().Be(MetricType.Counter);
        lookup("nope").Should().BeNull();
    }

    private static GovernanceResult Check(string policyText)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new[] { new SourceFile("api.slo", Slo) };
        var program = Compiler.Check(sources).Program!;
        var policy = PolicyYamlReader.Read(new SourceFile("policy.yaml", policyText), diagnostics);
        diagnostics.Items.Should().BeEmpty();
        return GovernanceChecker.Check(program, sources, ReadCatalog(), policy);
    }

    private static MetricCatalog ReadCatalog() => CatalogYamlReader.Read(new SourceFile("catalog.yaml", Catalog), new DiagnosticBag());
}
