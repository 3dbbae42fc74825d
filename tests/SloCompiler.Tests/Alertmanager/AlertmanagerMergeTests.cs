using SloCompiler.Emit;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// <c>--alertmanager-base</c>: the platform's configuration with the SLO part merged in is accepted by the
/// real amtool, routes SLO alerts to their receivers and everything else as the platform did, and
/// <c>--check</c> sees drift in it.
/// </summary>
public sealed class AlertmanagerMergeTests : IDisposable
{
    internal const string Platform = """
        global:
          resolve_timeout: 5m
        route:
          receiver: platform-default
          group_by: [alertname]
          routes:
            - receiver: platform-db
              matchers: ['team="db"']
            - receiver: platform-default
              matchers: ['severity=~".+"']
        receivers:
          - name: platform-default
          - name: platform-db
        inhibit_rules:
          - source_matchers: ['alertname="ClusterDown"']
            target_matchers: ['severity="warning"']
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("slo-merge-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_merged_configuration_passes_check_config_and_routes_both_kinds_of_alert()
    {
        var merged = AlertmanagerMerger.Merge(AlertmanagerFixtures.Program(), new SourceFile("platform/alertmanager.yml", Platform));
        var path = Path.Combine(_folder, merged.RelativePath.Replace("alertmanager/", string.Empty, StringComparison.Ordinal));
        File.WriteAllText(path, merged.Content);

        var (exitCode, output) = Amtool.Run(_folder, "check-config", path);

        exitCode.Should().Be(0, output);
        AlertRouting.VerifyEveryAlert(_folder, path, AlertmanagerFixtures.Program()).Should().Be(14, "nine burn-rate alerts and five no-data alerts");
        Route(path, "alertname=DiskFull", "team=db").Should().Be("platform-db", "the platform's routes still come after ours");
        Route(path, "alertname=DiskFull", "severity=critical").Should().Be("platform-default");
        merged.Content.Should().Contain("resolve_timeout: 5m").And.Contain("alertname=\"ClusterDown\"").And.Contain("'*.tmpl'");
    }

    [Fact]
    public void A_receiver_named_like_the_platform_s_is_SLO134_at_the_platform_s_name()
    {
        var source = AlertmanagerSyntaxTests.Dsl.Replace("ops-mail", "platform-db", StringComparison.Ordinal);
        var result = Compiler.Compile([new SourceFile("a.slo", source)],
            EmitOptions.Default with { AlertmanagerBase = new SourceFile("platform.yml", Platform) });

        var clash = result.Diagnostics.Where(d => d.Code == "SLO134").Should().ContainSingle().Subject;
        clash.Span.File.Path.Should().Be("platform.yml");
        clash.Span.StartPosition.Line.Should().Be(13);
        clash.Message.Should().Contain("a receiver named 'platform-db'");
    }

    [Fact]
    public void A_base_without_a_root_route_is_SLO133()
    {
        var result = Compiler.Compile([new SourceFile("a.slo", AlertmanagerSyntaxTests.Dsl)],
            EmitOptions.Default with { AlertmanagerBase = new SourceFile("platform.yml", "receivers: []\n") });

        result.Diagnostics.Select(d => d.Code).Should().Contain("SLO133");
    }

    [Fact]
    public void Compile_writes_the_merged_file_and_check_detects_an_edit_in_it()
    {
        using var dir = EndToEndCliTests.CopyOfExamples();
        dir.Write("platform/alertmanager.yml", Platform);
        string[] compile = ["compile", "examples", "--alertmanager-base", "platform/alertmanager.yml"];

        CliRun.Of(dir.Path, compile).ExitCode.Should().Be(0);
        var clean = CliRun.Of(dir.Path, [.. compile, "--check"]);
        dir.Write("generated/alertmanager/alertmanager.yml", dir.Read("generated/alertmanager/alertmanager.yml").Replace("platform-db", "platform-dbx", StringComparison.Ordinal));
        var drift = CliRun.Of(dir.Path, [.. compile, "--check"]);

        dir.Read("generated/alertmanager/alertmanager.yml").Should().Contain("platform-default").And.Contain("pagerduty-critical");
        clean.ExitCode.Should().Be(0, clean.Out + clean.Error);
        drift.ExitCode.Should().Be(1, drift.Out);
        drift.Out.Should().Contain("alertmanager/alertmanager.yml");
    }

    [Fact]
    public void The_project_file_names_the_base_relative_to_itself_and_the_option_still_wins()
    {
        using var dir = EndToEndCliTests.CopyOfExamples();
        dir.Write("deploy/platform/alertmanager.yml", Platform);
        dir.Write("deploy/slo.yaml",
            "apiVersion: slocompiler.dev/v1\nkind: SloProject\nsources: [../examples]\noutput: ../generated\n" +
            "compile: { alertmanager_base: platform/alertmanager.yml }\n");

        var compile = CliRun.Of(dir.Path, "compile", "--project", "deploy/slo.yaml");
        var check = CliRun.Of(dir.Path, "compile", "--project", "deploy/slo.yaml", "--check");

        compile.ExitCode.Should().Be(0, compile.Error);
        dir.Read("generated/alertmanager/alertmanager.yml").Should().Contain("platform-default").And.Contain("pagerduty-critical");
        check.ExitCode.Should().Be(0, check.Out + check.Error);

        dir.Write("other.yml", Platform.Replace("platform-default", "other-default", StringComparison.Ordinal));
        CliRun.Of(dir.Path, "compile", "--project", "deploy/slo.yaml", "--alertmanager-base", "other.yml").ExitCode.Should().Be(0);
        dir.Read("generated/alertmanager/alertmanager.yml").Should().Contain("other-default").And.NotContain("platform-default");
    }

    private string Route(string path, params string[] labels)
    {
        var (exitCode, output) = Amtool.Run(_folder, ["config", "routes", "test", $"--config.file={path}", .. labels]);
        exitCode.Should().Be(0, output);
        return AlertRouting.Receiver(output);
    }
}
