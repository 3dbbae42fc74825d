using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Tests.RuleFiles;

public class RuleFileReaderTests
{
    [Theory]
    [InlineData("groups:\n- name: api\n  rules: []\n")]
    [InlineData("# rules\ngroups: []\n")]
    [InlineData("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: x }\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\n---\napiVersion: monitoring.coreos.com/v1\nkind: \"PrometheusRule\"\n")]
    public void Rule_files_and_PrometheusRule_objects_are_recognised_from_their_text(string text) =>
        RuleFileReader.LooksLikeRuleFile(text).Should().BeTrue();

    [Theory]
    [InlineData("apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata: { name: api }\n")]
    [InlineData("on: push\njobs:\n  build:\n    groups: []\n")]
    [InlineData("kind: PrometheusRuleList\n")]
    [InlineData("")]
    public void Other_yaml_is_not_taken_for_a_rule_file(string text) =>
        RuleFileReader.LooksLikeRuleFile(text).Should().BeFalse();

    /// <summary>
    /// Prometheus expands templates only in an alert's labels and annotations: <c>{{</c> in a recording rule's label
    /// is literal text, which promtool accepts, while the same text in an alert's label is a broken template.
    /// </summary>
    [Theory]
    [InlineData("record: job:up:sum", false)]
    [InlineData("alert: Down", true)]
    public void Only_alert_labels_are_go_templates_as_in_promtool(string head, bool rejected)
    {
        var text = $"groups:\n- name: api\n  rules:\n  - {head}\n    expr: sum by (job) (up)\n    labels:\n      service: 'api{{{{'\n";
        var file = RuleFileReader.Read(new SourceFile("rules.yml", text));

        file.Diagnostics.Select(d => d.Code).Should().Equal(rejected ? ["SLO407"] : []);
        var dir = Directory.CreateTempSubdirectory("template-label").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "rules.yml"), text);
            var (exit, output) = Support.Promtool.Run(dir, "check", "rules", "rules.yml");
            (exit != 0).Should().Be(rejected, output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_rule_keeps_its_parts_and_the_span_of_its_whole_list_item()
    {
        const string text = "groups:\n- name: api\n  interval: 30s\n  rules:\n  - alert: Down\n    expr: up == 0\n    for: 5m\n    labels:\n      severity: page\n    annotations:\n      summary: down\n\n  - record: job:up:sum\n    expr: sum by (job) (up)\n";
        var file = RuleFileReader.Read(new SourceFile("rules.yml", text));

        file.Diagnostics.Should().BeEmpty();
        var group = file.Groups.Should().ContainSingle().Subject;
        group.Name.Value.Should().Be("api");
        group.Interval?.Value.Should().Be(TimeSpan.FromSeconds(30));
        var alert = group.Rules[0];
        alert.Kind.Should().Be(RuleKind.Alerting);
        alert.GroupName.Should().Be("api");
        alert.For?.Value.Should().Be(TimeSpan.FromMinutes(5));
        alert.Label("severity").Should().Be("page");
        alert.Annotations.Should().ContainSingle(a => a.Name.Value == "summary" && a.Value.Value == "down");
        alert.Ast.Should().NotBeNull();
        text[alert.Span.Start..alert.Span.End].Should().Be("alert: Down\n    expr: up == 0\n    for: 5m\n    labels:\n      severity: page\n    annotations:\n      summary: down");
        text[alert.Expr.Span.Start..alert.Expr.Span.End].Should().Be("up == 0");
        alert.KeySpans.Keys.Should().BeEquivalentTo(["alert", "expr", "for", "labels", "annotations"]);
        alert.KeySpans["for"].StartPosition.Should().Be(new TextPosition(7, 5));
        var record = group.Rules[1];
        record.Kind.Should().Be(RuleKind.Recording);
        text[record.Span.Start..record.Span.End].Should().Be("record: job:up:sum\n    expr: sum by (job) (up)");
    }

    [Fact]
    public void The_span_of_a_rule_ending_in_a_block_scalar_stops_at_its_last_character()
    {
        const string text = "groups:\n- name: api\n  rules:\n  - record: a:b:c\n    expr: |+\n      up\n\n\n  - record: a:b:d\n    expr: up\n";
        var rule = RuleFileReader.Read(new SourceFile("rules.yml", text)).Rules.First();

        text[rule.Span.Start..rule.Span.End].Should().Be("record: a:b:c\n    expr: |+\n      up");
    }

    [Fact]
    public void PromQL_errors_stay_on_the_rule_for_the_linter_and_do_not_stop_reading()
    {
        var file = RuleFileReader.Read(new SourceFile("rules.yml", "groups:\n- name: api\n  rules:\n  - record: a:b:c\n    expr: sum(\n  - record: a:b:d\n    expr: up\n"));

        file.Diagnostics.Should().BeEmpty();
        file.Rules.Select(r => r.Parsed.Success).Should().Equal(false, true);
    }

    [Theory]
    [InlineData("grops:\n- name: api\n  rules: []\n", "SLO007")]
    [InlineData("- name: api\n  rules: []\n", "SLO006")]
    public void A_plain_document_is_read_as_strictly_as_promtool_reads_a_rule_file(string text, string code) =>
        RuleFileReader.Read(new SourceFile("rules.yml", text)).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(code);

    [Fact]
    public void Kubernetes_objects_other_than_PrometheusRule_are_skipped()
    {
        var file = RuleFileReader.Read(new SourceFile("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nspec: { replicas: 1 }\n"));

        file.Diagnostics.Should().BeEmpty();
        file.Groups.Should().BeEmpty();
    }

    [Fact]
    public void Every_PrometheusRule_document_of_a_manifest_is_read()
    {
        const string doc = "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: {{ name: r{0} }}\nspec:\n  groups:\n  - name: api\n    rules:\n    - record: a:b:c{0}\n      expr: up\n";
        var text = string.Format(doc, 1) + "---\napiVersion: v1\nkind: Service\n---\n" + string.Format(doc, 2);

        var file = RuleFileReader.Read(new SourceFile("manifest.yaml", text));

        file.Diagnostics.Should().BeEmpty("group names only need to be unique within one PrometheusRule");
        file.Rules.Select(r => r.Name.Value).Should().Equal("a:b:c1", "a:b:c2");
    }
}
