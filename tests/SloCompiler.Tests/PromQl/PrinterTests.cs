using SloCompiler.PromQl;
using SloCompiler.PromQl.Tests;

namespace SloCompiler.Tests.PromQl;

public class PrinterTests
{
    [Theory]
    [InlineData("sum(rate(x[5m])) by (job)", "sum by (job) (rate(x[5m]))")]
    [InlineData("SUM  BY(job,)(x)", "sum by (job) (x)")]
    [InlineData("sum by () (x)", "sum(x)")]
    [InlineData("x[90m]", "x[1h30m]")]
    [InlineData("x[7d] offset 60s", "x[1w] offset 1m")]
    [InlineData("x{a='b',c=~`d\\d`}", "x{a=\"b\", c=~\"d\\\\d\"}")]
    [InlineData("x>bool on(a)group_left(b)y", "x > bool on(a) group_left(b) y")]
    [InlineData("x offset 5m @ 100", "x @ 100 offset 5m")]
    [InlineData("-1", "-1")]
    [InlineData("- 2 ^ 2", "-2 ^ 2")]
    [InlineData("0x1F + inf", "31 + +Inf")]
    [InlineData("rate(x[5m])[30m:]", "rate(x[5m])[30m:]")]
    [InlineData("topk(5, x) without (a)", "topk without (a) (5, x)")]
    [InlineData("x # comment", "x")]
    public void Prints_canonical_PromQL(string text, string canonical)
    {
        var result = PromQlParser.Parse(text);

        result.Error.Should().BeNull();
        PromQlPrinter.Print(result.Expression!).Should().Be(canonical);
    }

    [Fact]
    public void Every_accepted_corpus_expression_round_trips_structurally()
    {
        var failures = new List<string>();
        foreach (var text in PromQlCorpus.All)
        {
            var first = PromQlParser.Parse(text);
            if (!first.Success)
            {
                continue;
            }

            var printed = PromQlPrinter.Print(first.Expression!);
            var second = PromQlParser.Parse(printed);
            if (!second.Success || SyntaxDump.Of(second.Expression!) != SyntaxDump.Of(first.Expression!) || second.Type != first.Type)
            {
                failures.Add($"{text} => {printed} => {second.Error?.Message ?? SyntaxDump.Of(second.Expression!)}");
            }
        }

        failures.Should().BeEmpty();
    }
}
