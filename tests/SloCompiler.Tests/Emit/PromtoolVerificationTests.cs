using SloCompiler.Emit;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Emit;

/// <summary>Every fixture's rules pass <c>promtool check rules</c> and its generated tests pass <c>promtool test rules</c>.</summary>
public sealed class PromtoolVerificationTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "slo-emit-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Emitted_rules_and_tests_pass_promtool(string name)
    {
        var service = Fixtures.ByName(name);
        var rules = PrometheusRulesEmitter.Emit(service);
        var tests = PromtoolTestEmitter.Emit(service);
        foreach (var file in new[] { rules, tests })
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        var check = Promtool.Run(root, "check", "rules", rules.RelativePath);
        check.ExitCode.Should().Be(0, $"promtool check rules should accept the rules:\n{check.Output}");

        var test = Promtool.Run(root, "test", "rules", tests.RelativePath);
        test.ExitCode.Should().Be(0, $"promtool test rules should pass:\n{test.Output}");
    }

    /// <summary>
    /// Programs a random-program campaign found the generated tests wrong for: with a long period the second
    /// page pair's window covers the healthy history and fires before the first (the quiet check must hold
    /// for every pair), and a 15s evaluation once gave a 1-day SLO 30s rate windows no 1m sample could fill.
    /// </summary>
    [Theory]
    [InlineData("objective 98.5% over 90d\n    ratio { good grpc_server_handled_total{grpc_code=\"OK\"} total grpc_server_handled_total }")]
    [InlineData("objective 99.5% over 90d\n    latency http_request_duration_seconds{job=\"api\"} < 100ms\n    buckets 0.05 0.1 0.3")]
    [InlineData("objective p95 < 1s over 90d\n    histogram http_request_duration_seconds\n    buckets 0.1 0.3 1 2.5\n    per route, method")]
    [InlineData("objective 99.9% over 90d\n    uptime up{job=\"api\"}")]
    [InlineData("objective 98.5% over 1d\n    evaluation 15s\n    ratio { bad http_requests_total{code=~\"5..\"} total http_requests_total }")]
    public void Compiled_edge_programs_pass_their_own_promtool_tests(string sloBody)
    {
        var source = new Text.SourceFile("edge.slo", $"service api {{\n  team t\n  runbook \"https://r.example/{{slo}}\"\n  slo s {{\n    {sloBody}\n  }}\n}}\n");
        var result = Compiler.Compile([source]);
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        foreach (var file in result.Outputs)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        var test = Promtool.Run(root, "test", "rules", "tests/api.test.yml");
        test.ExitCode.Should().Be(0, $"promtool test rules should pass:\n{test.Output}");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
