using System.Text.Json;
using SloCompiler.Cli;
using SloCompiler.Cli.Output;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Tests.Cli;

public class DiagnosticWriterTests
{
    private static readonly SourceFile Source = new(
        "slo/pay.slo",
        "service Pay {\n\tslo a {\n\t\tobjective 100% over 30d\n\t}\n}\n");

    private static Diagnostic Error() =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidName, At("Pay"), "Pay", "service");

    private static Diagnostic Warning() =>
        Diagnostic.Create(DiagnosticDescriptors.MissingRunbook, At("service"), "Pay");

    private static Diagnostic Tabbed() =>
        Diagnostic.Create(DiagnosticDescriptors.ObjectiveOutOfRange, At("100%"), "100");

    private static SourceSpan At(string text) => new(Source, Source.Text.IndexOf(text, StringComparison.Ordinal), text.Length);

    [Fact]
    public void Text_prints_headline_source_line_and_carets_then_a_summary()
    {
        var text = TextDiagnosticWriter.Write([Warning(), Error()], color: false);

        text.Should().Be(
            "slo/pay.slo(1,1): warning SLO122: service 'Pay' has no runbook; alerts will carry no runbook_url. Add 'runbook \"https://…/{slo}\"'\n" +
            "service Pay {\n" +
            "^~~~~~~\n" +
            "\n" +
            "slo/pay.slo(1,9): error SLO101: " + Error().Message + "\n" +
            "service Pay {\n" +
            "        ^~~\n" +
            "\n" +
            "1 error, 1 warning\n");
    }

    [Fact]
    public void Text_carets_keep_tabs_so_they_line_up_with_the_source()
    {
        var text = TextDiagnosticWriter.Write([Tabbed()], color: false);

        text.Should().Contain("\t\tobjective 100% over 30d\n\t\t          ^~~~\n");
    }

    [Fact]
    public void Text_carets_stop_at_the_end_of_the_first_line_of_a_long_span()
    {
        TextDiagnosticWriter.Carets("abc", column: 2, length: 50).Should().Be(" ^~");
        TextDiagnosticWriter.Carets("abc", column: 4, length: 0).Should().Be("   ^");
    }

    [Fact]
    public void Text_without_diagnostics_is_only_the_summary()
    {
        TextDiagnosticWriter.Write([], color: false).Should().Be("0 errors, 0 warnings\n");
    }

    [Fact]
    public void Text_colours_severity_and_carets_only_when_asked()
    {
        var coloured = TextDiagnosticWriter.Write([Error()], color: true);
        var plain = TextDiagnosticWriter.Write([Error()], color: false);

        coloured.Should().Contain("\u001b[1;31merror SLO101\u001b[0m").And.Contain("\u001b[1;31m^~~\u001b[0m");
        plain.Should().NotContain("\u001b");
    }

    [Fact]
    public void No_color_turns_colour_off_even_at_a_terminal()
    {
        CliEnvironment.FromVariables(true, name => name == "NO_COLOR" ? "1" : null).UseColor.Should().BeFalse();
        CliEnvironment.FromVariables(true, _ => null).UseColor.Should().BeTrue();
        CliEnvironment.FromVariables(false, _ => null).UseColor.Should().BeFalse();
    }

    [Fact]
    public void Json_has_exactly_the_documented_keys_in_order()
    {
        var json = JsonDiagnosticWriter.Write([Tabbed()]);

        json.Should().Be(
            "{\n" +
            "  \"diagnostics\": [\n" +
            "    {\n" +
            "      \"code\": \"SLO102\",\n" +
            "      \"severity\": \"error\",\n" +
            "      \"file\": \"slo/pay.slo\",\n" +
            "      \"line\": 3,\n" +
            "      \"column\": 13,\n" +
            "      \"endLine\": 3,\n" +
            "      \"endColumn\": 17,\n" +
            "      \"message\": \"objective 100% is outside (0, 100); an SLO of 100% has no error budget, use e.g. 99.9%\"\n" +
            "    }\n" +
            "  ]\n" +
            "}\n");
    }

    [Fact]
    public void Github_writes_one_workflow_command_per_diagnostic()
    {
        var text = GithubDiagnosticWriter.Write([Tabbed(), Warning()]);

        text.Should().Be(
            "::error file=slo/pay.slo,line=3,col=13,endLine=3,endColumn=17,title=SLO102::objective 100%25 is outside (0, 100); an SLO of 100%25 has no error budget, use e.g. 99.9%25\n" +
            "::warning file=slo/pay.slo,line=1,col=1,endLine=1,endColumn=8,title=SLO122::" + Warning().Message + "\n");
    }

    [Fact]
    public void Github_escapes_percent_and_line_breaks_in_messages_and_colons_and_commas_in_properties()
    {
        GithubDiagnosticWriter.EscapeData("50%\r\nnext: a,b").Should().Be("50%25%0D%0Anext: a,b");
        GithubDiagnosticWriter.EscapeProperty("c:/a,b%.slo").Should().Be("c%3A/a%2Cb%25.slo");
    }

    [Fact]
    public void Github_uses_notice_for_info_diagnostics()
    {
        var info = new Diagnostic(new DiagnosticDescriptor("SLO999", DiagnosticSeverity.Info, "t", "m"), At("Pay"), "m");

        GithubDiagnosticWriter.Write([info]).Should().StartWith("::notice file=slo/pay.slo,");
    }

    [Fact]
    public void Sarif_is_version_2_1_0_with_every_rule_and_located_results()
    {
        using var document = JsonDocument.Parse(SarifDiagnosticWriter.Write([Tabbed(), Warning()]));
        var root = document.RootElement;
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Contain("sarif-schema-2.1.0");
        driver.GetProperty("name").GetString().Should().Be("slo");
        driver.GetProperty("version").GetString().Should().Be("0.1.0");
        ruleIds.Should().Equal(DiagnosticDescriptors.All.Select(d => d.Code));
        ruleIds.Should().Contain(["SLO101", "SLO901", "SLO902"]);
        results.Select(r => r.GetProperty("ruleId").GetString()).Should().Equal("SLO102", "SLO122");
        results.Select(r => r.GetProperty("level").GetString()).Should().Equal("error", "warning");
        results[0].GetProperty("message").GetProperty("text").GetString().Should().StartWith("objective 100%");
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("slo/pay.slo");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .Should().Be((3, 13, 3, 17));
    }

    [Fact]
    public void The_catalogue_includes_the_cli_codes()
    {
        DiagnosticDescriptors.All.Should().NotContainNulls();
        DiagnosticDescriptors.All.Select(d => d.Code).Should().Contain(["SLO902", "SLO903", "SLO904"]);
    }
}
