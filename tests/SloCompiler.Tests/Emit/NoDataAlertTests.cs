using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Emit;

/// <summary>
/// The no-data alert (issue 17): one per SLO unless <c>no_data off</c>, firing when the SLI's total
/// series is absent for one base window; its generated promtool tests hold and would catch a wrong <c>for</c>.
/// </summary>
public sealed class NoDataAlertTests : IDisposable
{
    private const string Body = "objective 99.9% over 30d\n    ratio { bad http_requests_total{job=\"api\", code=~\"5..\"} total http_requests_total{job=\"api\"} }";

    private readonly string root = Directory.CreateTempSubdirectory("slo-nodata-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Every_slo_gets_a_no_data_alert_on_its_total_series_held_for_the_base_window()
    {
        var rules = Rules(Compile(Dsl(Body)));

        rules.Should().Contain("- alert: SLONoData\n    expr: absent(http_requests_total{job=\"api\"})\n    for: 5m\n");
        rules.Should().Contain("summary: 'api s: no SLI data'");
    }

    [Theory]
    [InlineData("slo", "\n    no_data off")]
    [InlineData("yaml", "\n      no_data: false")]
    public void No_data_off_leaves_the_alert_and_its_tests_out(string frontEnd, string optOut)
    {
        var result = Compile(frontEnd == "slo" ? Dsl(Body + optOut) : Yaml(optOut));

        Rules(result).Should().NotContain("SLONoData");
        result.Outputs.Single(f => f.RelativePath == "tests/api.test.yml").Content.Should().NotContain("SLONoData");
    }

    [Fact]
    public void A_wrong_switch_is_reported_with_a_code_and_position_in_both_front_ends()
    {
        var dsl = Compiler.Compile([Dsl(Body + "\n    no_data maybe")]);
        var yaml = Compiler.Compile([Yaml("\n      no_data: maybe")]);

        dsl.Diagnostics.Should().ContainSingle(d => d.Code == "SLO001" && d.Span.StartPosition.Line == 6 && d.Message.Contains("'on' or 'off'"));
        yaml.Diagnostics.Should().ContainSingle(d => d.Code == "SLO006" && d.Span.StartPosition.Line == 10 && d.Message.Contains("no_data"),
            string.Join("\n", yaml.Diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}")));
    }

    [Fact]
    public void The_generated_tests_pass_promtool_and_fail_when_the_alert_waits_longer()
    {
        var result = Compile(Dsl(Body));
        Write(result.Outputs);
        var test = Promtool.Run(root, "test", "rules", "tests/api.test.yml");
        test.ExitCode.Should().Be(0, test.Output);
        result.Outputs.Single(f => f.RelativePath == "tests/api.test.yml").Content
            .Should().Contain("ALERTS{alertname=\"SLONoData\", service=\"api\", slo=\"s\", alertstate=\"firing\"}");

        // A no-data alert held for 10m instead of 5m must break the generated expectation.
        var rulesPath = Path.Combine(root, "prometheus", "api.rules.yml");
        var slower = File.ReadAllText(rulesPath).Replace("absent(http_requests_total{job=\"api\"})\n    for: 5m", "absent(http_requests_total{job=\"api\"})\n    for: 10m", StringComparison.Ordinal);
        slower.Should().NotBe(File.ReadAllText(rulesPath));
        File.WriteAllText(rulesPath, slower);
        Promtool.Run(root, "test", "rules", "tests/api.test.yml").ExitCode.Should().NotBe(0);
    }

    private static SourceFile Dsl(string sloBody) =>
        new("api.slo", $"service api {{\n  team t\n  slo s {{\n    {sloBody}\n  }}\n}}\n");

    private static SourceFile Yaml(string extra) => new("api.yaml",
        "apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata: { name: api, team: t }\nspec:\n  slos:\n    - name: s\n" +
        "      objective: 99.9%\n      period: 30d\n      ratio: { bad: 'http_requests_total{job=\"api\",code=~\"5..\"}', total: 'http_requests_total{job=\"api\"}' }" +
        extra + "\n");

    private static CompileResult Compile(SourceFile source)
    {
        var result = Compiler.Compile([source]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Rules(CompileResult result) => result.Outputs.Single(f => f.RelativePath == "prometheus/api.rules.yml").Content;

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
