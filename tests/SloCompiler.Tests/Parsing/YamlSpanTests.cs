using SloCompiler.Syntax;
using static SloCompiler.Tests.Parsing.YamlTestSupport;

namespace SloCompiler.Tests.Parsing;

public sealed class YamlSpanTests
{
    private const string Ratio = """
        apiVersion: slocompiler.dev/v1
        kind: Service
        metadata:
          name: payments-api
        spec:
          slos:
            - name: availability
              objective: 99.9%
              ratio:
                bad: 'http_requests_total{code=~"5.."}'
                total: http_requests_total
        """;

    [Fact]
    public void A_nested_selector_scalar_is_located_at_its_line_and_column_including_its_quotes()
    {
        var (document, diagnostics) = Read(Ratio.ReplaceLineEndings("\n"));

        diagnostics.Should().BeEmpty();
        var bad = ((RatioSliSyntax)document!.Services[0].Slos[0].Sli!).Bad!.Value;
        bad.Span.StartPosition.Should().Be(new Text.TextPosition(10, 14));
        Text(bad).Should().Be("""'http_requests_total{code=~"5.."}'""");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Spans_stay_exact_with_any_line_ending_and_non_ascii_text(string newline)
    {
        var text = ("# Zahlungsdienst – Verfügbarkeit 💳 ü\n" + Ratio.ReplaceLineEndings("\n"))
            .Replace("payments-api", "payments-api\n  description: \"Zahlüngen – 💳\"")
            .ReplaceLineEndings(newline);

        var (document, diagnostics) = Read(text);

        diagnostics.Should().BeEmpty();
        var service = document!.Services[0];
        Text(service.Description!.Value).Should().Be("\"Zahlüngen – 💳\"");
        var total = ((RatioSliSyntax)service.Slos[0].Sli!).Total!.Value;
        Text(total).Should().Be("http_requests_total");
        total.Span.StartPosition.Should().Be(new Text.TextPosition(13, 16));
    }

    [Fact]
    public void A_byte_order_mark_left_in_the_text_does_not_shift_spans()
    {
        var (document, diagnostics) = Read("\uFEFF" + Ratio.ReplaceLineEndings("\n"));

        diagnostics.Should().BeEmpty();
        var bad = ((RatioSliSyntax)document!.Services[0].Slos[0].Sli!).Bad!.Value;
        Text(bad).Should().StartWith("'http_requests_total");
        bad.Span.StartPosition.Should().Be(new Text.TextPosition(10, 14));
    }

    [Fact]
    public void The_percent_of_an_objective_points_at_the_number_without_the_percent_sign()
    {
        var (document, _) = Read(Ratio.ReplaceLineEndings("\n"));

        var objective = document!.Services[0].Slos[0].Objective!;
        Text(objective.Percent).Should().Be("99.9");
        objective.Percent.Span.StartPosition.Should().Be(new Text.TextPosition(8, 18));
    }

    [Fact]
    public void The_percentile_sugar_keeps_spans_for_the_percent_and_the_threshold()
    {
        var (document, _) = Read(Ratio.Replace("objective: 99.9%", "objective: \"p95 < 800ms\"").ReplaceLineEndings("\n"));

        var objective = document!.Services[0].Slos[0].Objective!;
        Text(objective.Percent).Should().Be("95");
        Text(objective.LatencyThreshold!.Value).Should().Be("800ms");
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key()
    {
        var (_, diagnostics) = Read(Ratio.Replace("      ratio:", "      ration: x\n      ratio:").ReplaceLineEndings("\n"));

        diagnostics.Should().ContainSingle().Which.Span.StartPosition.Should().Be(new Text.TextPosition(9, 7));
    }

    private static string Text(Spanned<string> value) =>
        value.Span.File.Text.Substring(value.Span.Start, value.Span.Length);
}
