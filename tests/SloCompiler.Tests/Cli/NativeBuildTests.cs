using System.Diagnostics;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Cli;

/// <summary>
/// The slo that ships is the NativeAOT build (<c>build/publish.sh</c> → <c>dist/slo</c>): it starts in
/// milliseconds. These tests hold it to "every feature kept": each command prints, writes and exits
/// exactly as the JIT build (the one the other tests run in-process) does, Roslyn's C# scanning included,
/// under another culture too. A missing <c>dist/slo</c> fails loudly; <c>build/test.sh</c> builds it.
/// </summary>
public class NativeBuildTests
{
    private static string Native
    {
        get
        {
            var path = RepoRoot.Combine("dist", "slo");
            File.Exists(path).Should().BeTrue("the native build is missing: run build/publish.sh (build/test.sh does) and retry");
            return path;
        }
    }

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "--version" },
        new[] { "lint", "examples" },
        new[] { "lint", "--format", "json", "tests/SloCompiler.Tests/Linting/PublicCorpus/ceph-rook.yml" },
        new[] { "lint", "--format", "sarif", "tests/SloCompiler.Tests/Linting/PublicCorpus/kube-prometheus-rules.yaml" },
        new[] { "lint", "--format", "github", "tests/SloCompiler.Tests/Linting/PublicCorpus/rejected-template-typo.yml" },
        new[] { "lint", "examples/payments", "--catalog", "examples/payments/catalog.yaml", "--policy", "examples/payments/policy.yaml", "--coverage" },
        new[] { "explain", "--lang", "es", "examples" },
        new[] { "catalog", "scan", "tests/SloCompiler.Tests/Cases/Instrumentation/shop", "--out", "-" },
        new[] { "compile", "examples", "--check", "--out", "generated" },
        new[] { "lint", "no/such/file.slo" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Prints_and_exits_as_the_JIT_build(string[] args)
    {
        var jit = CliRun.Of(RepoRoot.Path, args);

        var native = RunNative(RepoRoot.Path, args);

        native.Should().Be(jit, $"'slo {string.Join(' ', args)}' must behave the same in the shipped native build");
    }

    [Fact]
    public void Compiles_the_examples_to_the_committed_files_under_the_Turkish_culture()
    {
        using var output = new TempDirectory();

        var run = RunNative(RepoRoot.Path, ["compile", "examples", "--out", output.Path], culture: "tr_TR.UTF-8");

        run.ExitCode.Should().Be(0, run.Error);
        var committed = RepoRoot.Combine("generated");
        var expected = Directory.EnumerateFiles(committed, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(committed, p)).Order().ToList();
        Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(output.Path, p)).Order()
            .Should().Equal(expected);
        foreach (var file in expected)
        {
            File.ReadAllBytes(Path.Combine(output.Path, file)).Should().Equal(File.ReadAllBytes(Path.Combine(committed, file)), file);
        }
    }

    private static CliRun RunNative(string workingDirectory, string[] args, string culture = "C.UTF-8")
    {
        var start = new ProcessStartInfo(Native)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["LC_ALL"] = culture, ["LANG"] = culture },
        };
        foreach (var name in new[] { "NO_COLOR", "SLO_DEBUG", "SLO_PROMETHEUS_URL", "GITHUB_ACTIONS" })
        {
            start.Environment.Remove(name);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("the native slo must finish");
        return new CliRun(process.ExitCode, output, error.Result);
    }
}
