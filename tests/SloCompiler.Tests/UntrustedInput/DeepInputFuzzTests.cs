using System.Diagnostics;
using System.Text.RegularExpressions;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Linting;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// What a pull request can put in a rule file, deep and wide, from a fixed seed (<see cref="DeepInputGenerator"/>):
/// lint never throws, never hangs, gives every diagnostic a code and a position in the file, and says the same on
/// a second run. Each case runs under a generous time bound so a hang fails the test instead of blocking CI; the
/// bound is a guard, not a performance assertion (docs/untrusted-input.md has the measured figures).
/// </summary>
public partial class DeepInputFuzzTests
{
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(60);

    private static IEnumerable<DeepInputGenerator.Case> Cases()
    {
        var generate = new DeepInputGenerator(14_03);
        foreach (var op in DeepInputGenerator.Operators)
        {
            yield return new($"chain of {op}", DeepInputGenerator.RuleFile(generate.Chain(op, 10_000)));
        }

        yield return new("comparison chain in an alert", DeepInputGenerator.RuleFile(generate.Chain(">", 10_000), "alert: A"));
        yield return new("mixed chain", DeepInputGenerator.RuleFile(generate.MixedChain(20_000)));
        yield return new("mixed chain in an alert", DeepInputGenerator.RuleFile(generate.MixedChain(20_000), "alert: A"));
        foreach (var depth in new[] { 10, 150, 199, 201, 400, 5_000 })
        {
            yield return new($"nesting {depth} deep", DeepInputGenerator.RuleFile(generate.Nested(depth)));
        }

        yield return new("20,000-label selector", DeepInputGenerator.RuleFile(generate.WideSelector(20_000)));
        yield return new("5,000 rules in a group", DeepInputGenerator.ManyRules(5_000));
        yield return new("300-digit number", DeepInputGenerator.RuleFile(new string('9', 300) + " * up"));
        foreach (var depth in new[] { 1, 20, 500, 5_000, 20_000 })
        {
            yield return new($"template {depth} deep", DeepInputGenerator.TemplateRule(generate.Template(depth)));
        }

        foreach (var depth in new[] { 60, 70, 1_000, 5_000 })
        {
            yield return new($"YAML {depth} deep", generate.DeepYaml(depth));
        }
    }

    [Fact]
    public void Deep_and_wide_rule_files_lint_with_positioned_diagnostics_deterministically()
    {
        foreach (var @case in Cases())
        {
            var first = Lint(@case);
            var second = Lint(@case);
            second.Should().Be(first, $"{@case.Name} must lint the same every time");
        }
    }

    [Theory]
    [InlineData("+", 100_000)]
    [InlineData("^", 100_000)]
    [InlineData("or", 100_000)]
    public void The_slo_process_lints_a_chain_as_long_as_promtool_accepts(string op, int terms)
    {
        using var folder = new TempDirectory();
        var path = folder.Write("rules.yml", DeepInputGenerator.RuleFile(string.Join($" {op} ", Enumerable.Repeat("up", terms))));

        var (exit, output) = RunSlo(folder.Path, "lint", path);

        exit.Should().Be(0, output);
        output.Should().Contain("0 errors");
    }

    [Fact]
    public void The_slo_process_reports_a_hostile_template_and_deep_YAML_instead_of_hanging()
    {
        using var folder = new TempDirectory();
        var template = folder.Write("template.yml", DeepInputGenerator.TemplateRule(string.Concat(Enumerable.Repeat("{{ ", 100_000))));
        var yaml = folder.Write("yaml.yml", DeepInputGenerator.RuleFile("up", extra: "    labels:\n      x: " + new string('[', 100_000) + "\n"));

        var (exit, output) = RunSlo(folder.Path, "lint", template, yaml);

        exit.Should().Be(1, output);
        output.Should().Contain("SLO407").And.Contain("SLO410");
    }

    /// <summary>Lints one case in a bounded time; its diagnostics rendered one per line, after checking each has a code and a position.</summary>
    private static string Lint(DeepInputGenerator.Case @case)
    {
        var source = new SourceFile("rules.yml", @case.Text);
        var result = Bounded.Within(PerCase, () => RuleLinter.Lint([RuleFileReader.Read(source)]));
        foreach (var diagnostic in result.Diagnostics)
        {
            Code().IsMatch(diagnostic.Code).Should().BeTrue($"{@case.Name}: {diagnostic.Code} is a stable code");
            diagnostic.Span.File.Should().BeSameAs(source, @case.Name);
            diagnostic.Span.Start.Should().BeInRange(0, @case.Text.Length, $"{@case.Name}: {diagnostic.Message}");
            diagnostic.Span.End.Should().BeLessThanOrEqualTo(@case.Text.Length, @case.Name);
        }

        return LintRunner.Render(result.Diagnostics);
    }

    /// <summary>Runs the built <c>slo</c> as its own process (its own main thread and stack), killed if it outlives the bound.</summary>
    private static (int Exit, string Output) RunSlo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "slo.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PerCase))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"slo {string.Join(' ', args)} did not finish within {PerCase.TotalSeconds} s");
        }

        var output = stdout.Result + stderr.Result;
        output.Should().NotContain("Unhandled exception").And.NotContain("Stack overflow");
        return (process.ExitCode, output);
    }

    [GeneratedRegex("^SLO[0-9]{3}$")]
    private static partial Regex Code();
}
