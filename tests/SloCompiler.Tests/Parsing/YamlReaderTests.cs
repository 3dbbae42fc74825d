using static SloCompiler.Tests.Parsing.YamlTestSupport;

namespace SloCompiler.Tests.Parsing;

public sealed class YamlReaderTests
{
    [Fact]
    public void A_full_service_document_maps_to_the_same_tree_as_the_dsl()
    {
        var (document, diagnostics) = Read(File.ReadAllText(Path.Combine(CasesFolder(), "valid-full.yaml")));

        diagnostics.Should().BeEmpty();
        var pageTier = Tier("page", severity: "critical", receiver: "pagerduty-payments", @for: "2m", during: "business-hours",
            labels: [Label("a", "b")], annotations: [Label("k", "v")]);
        document.ShouldMatch(Document(
            Settings("30d", "30s", Alerting(Tier("page", severity: "critical", receiver: "pagerduty-payments"), Tier("ticket", severity: "warning", receiver: "slack-payments"))),
            [Policy("standard", Settings("28d", alerting: Alerting(ticket: Tier("ticket", enabled: false))))],
            Service(
                "payments-api",
                team: "payments",
                owner: "ana@example.com",
                description: "Card payments API",
                runbook: "https://runbooks.example.com/{service}/{slo}",
                labels: [Label("tier", "1")],
                policy: "standard",
                settings: Settings("30d", "30s", Alerting(pageTier, Tier("ticket", enabled: false))),
                Slo("availability", Objective("99.9", "30d"),
                    Ratio(bad: """http_requests_total{job="payments-api", code=~"5.."}""", total: """http_requests_total{job="payments-api"}"""),
                    description: "Payment requests are answered without a server error"),
                Slo("latency", Objective("99", "30d"),
                    Latency("""http_request_duration_seconds{job="payments-api"}""", "300ms", "0.1", "0.3", "300ms")),
                Slo("latency-p95", Objective("95", "7d", "800ms"),
                    Latency("""http_request_duration_seconds{job="payments-api", env="prod"}"""),
                    per: ["route", "tenant"]),
                Slo("uptime", Objective("99.99"), Uptime("""up{job="payments-api"}""")),
                Slo("ledger", Objective("99.5"),
                    Raw("sum(rate(ledger_errors_total[{window}])) / sum(rate(ledger_ops_total[{window}]))"),
                    labels: [Label("domain", "ledger")],
                    settings: Settings(evaluation: "1m", alerting: Alerting(
                        Tier("page", enabled: false),
                        Tier("ticket", severity: "warning", receiver: "ledger-team", labels: [Label("channel", "ledger")])))))));
    }

    [Fact]
    public void The_readme_example_reads_without_diagnostics()
    {
        var readme = SloCompiler.Tests.Support.Documentation.Page("language.md");
        var section = readme[readme.IndexOf("<!-- section:yaml -->", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var (document, diagnostics) = Read(example);

        diagnostics.Should().BeEmpty();
        document!.Services.Should().ContainSingle().Which.Slos.Select(s => s.Name.Value).Should()
            .Equal("availability", "latency", "latency-p95", "uptime", "queue-lag", "ledger");
        document.Policies.Should().ContainSingle();
        document.Defaults.Should().NotBeNull();
    }

    [Theory]
    [InlineData("off", false)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("on", true)]
    [InlineData("true", true)]
    [InlineData("{ enabled: false }", false)]
    public void A_tier_can_be_switched_by_a_yaml_boolean(string value, bool enabled)
    {
        var (document, diagnostics) = Read($$"""
            apiVersion: slocompiler.dev/v1
            kind: Policy
            metadata: { name: quiet }
            spec:
              alerting:
                ticket: {{value}}
            """);

        diagnostics.Should().BeEmpty();
        document.ShouldMatch(Document(null, [Policy("quiet", Settings(alerting: Alerting(ticket: Tier("ticket", enabled: enabled))))]));
    }

    [Theory]
    [InlineData("99.9%", "99.9")]
    [InlineData("99.95", "99.95")]
    [InlineData("'99.999 %'", "99.999")]
    [InlineData("\"99.9%\"", "99.9")]
    public void An_objective_keeps_the_number_exactly_as_written_without_the_percent_sign(string objective, string percent)
    {
        var (document, diagnostics) = Read($$"""
            apiVersion: slocompiler.dev/v1
            kind: Service
            metadata: { name: api }
            spec:
              slos:
                - { name: up, objective: {{objective}}, uptime: up }
            """);

        diagnostics.Should().BeEmpty();
        document!.Services[0].Slos[0].Objective!.Percent.Value.Should().Be(percent);
    }

    [Fact]
    public void Several_documents_in_one_file_are_all_read()
    {
        var (document, diagnostics) = Read("""
            apiVersion: slocompiler.dev/v1
            kind: Service
            metadata: { name: a }
            ---
            # a Kubernetes object in the same file is not ours
            apiVersion: v1
            kind: ConfigMap
            metadata: { name: b }
            ---
            apiVersion: slocompiler.dev/v1
            kind: Service
            metadata: { name: c }
            spec: { period: 7d }
            ---
            apiVersion: slocompiler.dev/v1
            kind: Defaults
            spec: { evaluation: 1m }
            """);

        diagnostics.Should().BeEmpty();
        document.ShouldMatch(Document(Settings(evaluation: "1m"), [], Service("a"), Service("c", settings: Settings("7d"))));
    }

    [Fact]
    public void A_github_workflow_is_not_an_slo_file()
    {
        var (document, diagnostics) = Read("""
            name: ci
            on:
              push: { branches: [main] }
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: dotnet test
            """, ".github/workflows/ci.yml");

        document.Should().BeNull();
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_kubernetes_deployment_with_several_documents_is_not_an_slo_file()
    {
        var (document, diagnostics) = Read("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: api, labels: { app: api } }
            spec:
              replicas: 2
              template: { spec: { containers: [ { name: api, image: "api:1" } ] } }
            ---
            apiVersion: v1
            kind: Service
            metadata: { name: api }
            spec: { ports: [ { port: 80 } ] }
            """, "deploy/api.yaml");

        document.Should().BeNull();
        diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n...\n")]
    [InlineData("just a string")]
    [InlineData("- a\n- b\n")]
    [InlineData("{{ .Values.helm }}: [")]
    public void Empty_or_foreign_or_even_malformed_yaml_without_our_api_version_is_ignored(string text)
    {
        var (document, diagnostics) = Read(text);

        document.Should().BeNull();
        diagnostics.Should().BeEmpty();
    }
}
