using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Cli;

/// <summary>'slo convert' and 'slo lint --verbose' as the command line offers them.</summary>
public sealed class ConvertCommandLineTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Convert_writes_our_language_that_compiles_to_the_rules_of_the_sloth_spec_read_directly()
    {
        _dir.Write("sloth/checkout.yml", File.ReadAllText(RepoRoot.Combine("tests", "SloCompiler.Tests", "Foreign", "Fixtures", "sloth", "checkout-availability.yml")));

        var convert = CliRun.Of(_dir.Path, "convert", "sloth", "--to", "slo", "--out", "converted");
        var direct = CliRun.Of(_dir.Path, "compile", "sloth", "--out", "from-sloth");
        var viaConversion = CliRun.Of(_dir.Path, "compile", "converted", "--out", "from-slo");

        convert.ExitCode.Should().Be(0, convert.Error);
        Directory.GetFiles(Path.Combine(_dir.Path, "converted"), "*.slo").Should().ContainSingle();
        direct.ExitCode.Should().Be(0, direct.Error);
        viaConversion.ExitCode.Should().Be(0, viaConversion.Error);
        var rules = Directory.GetFiles(Path.Combine(_dir.Path, "from-sloth", "prometheus")).Select(Path.GetFileName).ToList();
        rules.Should().NotBeEmpty();
        foreach (var file in rules)
        {
            var fromSlo = _dir.Read($"from-slo/prometheus/{file}");
            var fromSloth = _dir.Read($"from-sloth/prometheus/{file}");
            Body(fromSlo).Should().Be(Body(fromSloth), "the header names the source file; the rules are the same");
        }
    }

    [Fact]
    public void Convert_without_a_path_is_a_usage_error()
    {
        var run = CliRun.Of(_dir.Path, "convert");

        run.ExitCode.Should().Be(2);
    }

    [Fact]
    public void Lint_verbose_lists_skipped_yaml_on_stderr_and_keeps_json_clean()
    {
        _dir.Write("slos/api.slo", "service api {\n  runbook \"https://r.example.com/{slo}\"\n  slo up {\n    objective 99.9% over 30d\n    uptime up{job=\"api\"}\n  }\n}\n");
        _dir.Write("slos/chart/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n");

        var run = CliRun.Of(_dir.Path, "lint", "slos", "--verbose", "--format", "json");

        run.Error.Should().Contain("slos/chart/deployment.yaml: skipped (");
        run.Out.Should().StartWith("{");
    }

    private static string Body(string rules) => string.Join('\n', rules.Split('\n').Skip(1));
}
