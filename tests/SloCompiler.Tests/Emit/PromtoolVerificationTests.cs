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

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
