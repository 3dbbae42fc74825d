using SloCompiler.Linting;

namespace SloCompiler.Tests.Linting;

/// <summary>
/// Operator chains as long as promtool 2.42 accepts (it checks a 100,000-term <c>up + up + …</c>) are linted, not a
/// stack overflow; deeper trees get SLO200. Each runs from a thread-pool thread (1.5 MB stack), as a library caller would.
/// </summary>
public class DeepExpressionLintTests
{
    private static string RuleFile(string expr) => $"groups:\n- name: g\n  rules:\n  - record: job:x:sum\n    expr: {expr}\n";

    private static string Chain(string op, int terms) => string.Join($" {op} ", Enumerable.Repeat("up", terms));

    private static Task<List<string>> CodesOfText(string text) =>
        Task.Run(() => LintRunner.Lint(text).Diagnostics.Select(d => d.Code).ToList());

    [Theory]
    [InlineData("+", 16_000)]
    [InlineData("^", 16_000)]
    [InlineData("^", 100_000)]
    [InlineData("and", 16_000)]
    public async Task A_chain_promtool_accepts_is_linted_without_a_PromQL_error(string op, int terms)
    {
        (await CodesOfText(RuleFile(Chain(op, terms)))).Should().NotContain(code => code.StartsWith("SLO2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("+")]
    [InlineData("^")]
    public async Task A_chain_deeper_than_the_limit_gets_SLO200_not_a_crash(string op)
    {
        (await CodesOfText(RuleFile(Chain(op, 100_001)))).Should().Contain("SLO200");
    }

    [Fact]
    public async Task A_big_file_of_deep_rules_is_linted_on_the_parallel_path()
    {
        // enough rules for several batches, so the checks run on the workers, each rule a 12,000-term chain
        var rule = $"  - record: job:x:sum\n    expr: {Chain("^", 12_000)}\n    labels:\n      n: \"{{0}}\"\n";
        var text = "groups:\n- name: g\n  rules:\n" + string.Concat(Enumerable.Range(0, 300).Select(i => rule.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        var codes = await CodesOfText(text);

        codes.Should().NotContain(code => code.StartsWith("SLO2", StringComparison.Ordinal));
    }
}
