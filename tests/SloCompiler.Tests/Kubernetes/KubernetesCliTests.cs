using SloCompiler.Tests.Cli;

namespace SloCompiler.Tests.Kubernetes;

/// <summary><c>slo compile --target kubernetes</c> on the examples, in a scratch folder.</summary>
public class KubernetesCliTests
{
    [Fact]
    public void Compile_writes_kubernetes_objects_and_check_with_the_same_options_finds_no_drift()
    {
        using var dir = EndToEndCliTests.CopyOfExamples();
        string[] options = ["--target", "kubernetes", "--namespace", "obs", "--rule-label", "release=kube-prometheus-stack"];

        var compile = CliRun.Of(dir.Path, ["compile", "examples", .. options]);
        var check = CliRun.Of(dir.Path, ["compile", "examples", "--check", .. options]);
        var plain = CliRun.Of(dir.Path, "compile", "examples", "--check");

        compile.ExitCode.Should().Be(0, compile.Error);
        var rule = dir.Read("generated/kubernetes/gad-api.prometheusrule.yaml");
        rule.Should().Contain("  namespace: obs\n").And.Contain("    release: kube-prometheus-stack\n");
        dir.Exists("generated/kubernetes/grafana-dashboard-overview.configmap.yaml").Should().BeTrue();
        check.ExitCode.Should().Be(0, check.Out + check.Error);
        check.Out.Should().Be("generated/ is up to date\n");
        plain.ExitCode.Should().Be(1, "a check with other options than the compile is not a pass");
        plain.Out.Should().Contain("option differs: target is files here, kubernetes in generated/manifest.json")
            .And.NotContain("stale:", "the files of other options are not drift");
    }

    [Theory]
    [InlineData("--namespace", "Obs")]
    [InlineData("--rule-label", "release")]
    [InlineData("--rule-label", "bad key=x")]
    [InlineData("--max-rules-per-group", "0")]
    [InlineData("--target", "helm")]
    public void Invalid_kubernetes_options_are_usage_errors(string option, string value)
    {
        using var dir = EndToEndCliTests.CopyOfExamples();

        var run = CliRun.Of(dir.Path, "compile", "examples", option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(option);
        dir.Exists("generated/manifest.json").Should().BeFalse();
    }
}
