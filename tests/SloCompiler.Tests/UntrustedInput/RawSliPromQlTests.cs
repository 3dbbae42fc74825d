using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>A raw SLI's PromQL is parsed and type-checked where it is written, before promtool sees the rules.</summary>
public class RawSliPromQlTests
{
    private static SourceFile Program(string raw) => new("cache.slo", $$"""
        service cache {
          team platform
          slo hit-ratio {
            objective 70% over 30d
            raw "{{raw}}"
          }
        }

        """);

    [Theory]
    [InlineData("sum(rate(misses_total[{window}]) / sum(rate(lookups_total[{window}]))", "SLO201")]
    [InlineData("sum(rat(misses_total[{window}])) / sum(rate(lookups_total[{window}]))", "SLO205")]
    [InlineData("sum(rate(misses_total[{window}])) / / sum(rate(lookups_total[{window}]))", "SLO200")]
    [InlineData("sum(rate(misses_total{job=~\\\"(\\\"}[{window}]))", "SLO209")]
    public void Broken_promql_in_a_raw_sli_is_reported_and_nothing_is_emitted(string raw, string code)
    {
        var result = Compiler.Compile([Program(raw)]);

        result.HasErrors.Should().BeTrue();
        result.Diagnostics.Should().Contain(d => d.Code == code);
        result.Outputs.Should().BeEmpty();
    }

    [Fact]
    public void The_error_points_inside_the_raw_string_even_after_a_window()
    {
        var source = Program("sum(rate(misses_total[{window}])) / sum(rat(lookups_total[{window}]))");

        var error = Compiler.Compile([source]).Diagnostics.Single(d => d.Code == "SLO205");

        source.Text.Substring(error.Span.Start, error.Span.Length).Should().Be("rat");
    }

    [Fact]
    public void The_error_points_inside_the_raw_string_after_escaped_quotes()
    {
        var source = Program("sum(rate(misses_total{job=\\\"cache\\\"}[{window}])) / sum(rat(lookups_total[{window}]))");

        var error = Compiler.Compile([source]).Diagnostics.Single(d => d.Code == "SLO205");

        source.Text.Substring(error.Span.Start, error.Span.Length).Should().Be("rat");
    }

    [Fact]
    public void The_error_points_inside_a_yaml_block_scalar()
    {
        var source = new SourceFile("cache.yaml", """
            apiVersion: slocompiler.dev/v1
            kind: Service
            metadata:
              name: cache
              team: platform
            spec:
              slos:
                - name: hit-ratio
                  objective: 70
                  period: 30d
                  raw: |
                    sum(rate(misses_total[{window}]))
                      / sum(rat(lookups_total[{window}]))

            """);

        var error = Compiler.Compile([source]).Diagnostics.Should().ContainSingle(d => d.Code == "SLO205").Subject;

        source.Text.Substring(error.Span.Start, error.Span.Length).Should().Be("rat");
        error.Span.File.GetPosition(error.Span.Start).Line.Should().Be(13);
    }

    [Theory]
    [InlineData("scalar(sum(rate(misses_total[{window}])))", "a scalar")]
    [InlineData("misses_total[{window}]", "a range vector")]
    public void A_raw_ratio_that_is_not_an_instant_vector_is_reported(string raw, string got)
    {
        var result = Compiler.Compile([Program(raw)]);

        result.Diagnostics.Should().ContainSingle(d => d.Code == "SLO207").Which.Message.Should().Contain(got);
        result.Outputs.Should().BeEmpty();
    }

    [Fact]
    public void A_valid_raw_ratio_still_compiles()
    {
        var result = Compiler.Compile([Program("sum(rate(misses_total[{window}])) / sum(rate(lookups_total[{window}]))")]);

        result.Diagnostics.Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        result.Outputs.Should().NotBeEmpty();
    }
}
