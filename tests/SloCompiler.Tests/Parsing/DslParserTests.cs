using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Tests.Parsing;

public class DslParserTests
{
    private static (SloDocumentSyntax Document, DiagnosticBag Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (DslParser.Parse(new SourceFile("test.slo", text), diagnostics), diagnostics);
    }

    private static string TextOf(SourceSpan span) => span.File.Text.Substring(span.Start, span.Length);

    [Fact]
    public void The_objective_percent_span_points_at_the_number()
    {
        var (document, diagnostics) = Parse("service a {\n  slo b {\n    objective   99.9% over 30d\n  }\n}\n");

        diagnostics.Items.Should().BeEmpty();
        var objective = document.Services[0].Slos[0].Objective!;
        objective.Percent.Value.Should().Be("99.9");
        objective.Percent.Span.StartPosition.Should().Be(new TextPosition(3, 17));
        TextOf(objective.Percent.Span).Should().Be("99.9");
        TextOf(objective.Period!.Value.Span).Should().Be("30d");
        TextOf(objective.Span).Should().Be("objective   99.9% over 30d");
    }

    [Fact]
    public void Every_node_span_covers_exactly_its_text()
    {
        var (document, _) = Parse(DslCaseFiles.ReadSource("readme-example"));

        var service = document.Services.Single();
        TextOf(service.Span).Should().StartWith("service payments-api {").And.EndWith("}");
        var owner = service.Owner!.Value;
        TextOf(owner.Span).Should().Be("\"ana@example.com\"");
        owner.Value.Should().Be("ana@example.com");
        TextOf(service.Settings.Alerting!.Span).Should().Be("alerting    { page for=2m min_events=100 }");
        TextOf(service.Settings.Alerting.Page!.Span).Should().Be("page for=2m min_events=100");
        TextOf(service.Settings.Alerting.Page.MinEvents!.Value.Span).Should().Be("100");
        var ratio = (RatioSliSyntax)service.Slos[0].Sli!;
        var bad = ratio.Bad!.Value;
        TextOf(bad.Span).Should().Be("http_requests_total{job=\"payments-api\", code=~\"5..\"}");
        bad.Value.Should().Be(TextOf(bad.Span));
        var latency = (LatencySliSyntax)service.Slos[1].Sli!;
        TextOf(latency.Span).Should().Be("latency   http_request_duration_seconds{job=\"payments-api\"} < 300ms");
        latency.Buckets.Select(b => TextOf(b.Span)).Should().Equal("0.1", "0.3", "0.5", "1");
        var p95 = service.Slos[2].Objective!;
        (p95.Percent.Value, p95.LatencyThreshold!.Value.Value).Should().Be(("95", "800ms"));
        TextOf(p95.Percent.Span).Should().Be("95");
        var threshold = (ThresholdSliSyntax)service.Slos[4].Sli!;
        TextOf(threshold.Span).Should().Be("threshold max kafka_consumergroup_lag{group=\"payments\"} < 1000");
        (TextOf(threshold.Aggregation!.Value.Span), TextOf(threshold.Metric.Span), TextOf(threshold.Operator.Span), TextOf(threshold.Value.Span))
            .Should().Be(("max", "kafka_consumergroup_lag{group=\"payments\"}", "<", "1000"));
        var ledgerTicket = service.Slos[5].Settings.Alerting!.Ticket!;
        TextOf(ledgerTicket.Span).Should().StartWith("ticket severity=warning").And.EndWith("\"https://grafana/d/ledger\" }");
        TextOf(document.Defaults!.Span).Should().StartWith("defaults {").And.EndWith("}");
    }

    [Fact]
    public void Printing_the_parse_of_printed_text_gives_the_same_text()
    {
        foreach (var name in DslCaseFiles.Names().Where(n => !n.StartsWith("error-", StringComparison.Ordinal)))
        {
            var (first, _) = Parse(DslCaseFiles.ReadSource(name));
            var printed = SyntaxPrinter.Print(first);
            var (second, diagnostics) = Parse(printed);

            diagnostics.Items.Should().BeEmpty(name);
            SyntaxPrinter.Print(second).Should().Be(printed, name);
        }
    }

    [Fact]
    public void A_duplicate_setting_is_reported_at_its_second_occurrence_and_the_first_is_kept()
    {
        var (document, diagnostics) = Parse("service a {\n  period 30d\n  period 7d\n}\n");

        diagnostics.Items.Should().ContainSingle().Which.Code.Should().Be("SLO003");
        diagnostics.Items[0].Span.StartPosition.Should().Be(new TextPosition(3, 3));
        document.Services[0].Settings.Period?.Value.Should().Be("30d");
    }

    [Fact]
    public void An_unbalanced_selector_brace_is_reported_where_the_brace_was_expected()
    {
        var (_, diagnostics) = Parse("service a { slo b { uptime up{job=\"a\"\n} }");

        var error = diagnostics.Items.Should().ContainSingle().Subject;
        error.Code.Should().Be("SLO001");
        error.Span.StartPosition.Should().Be(new TextPosition(1, 38));
        error.Message.Should().Contain("line 1, column 30");
    }

    [Fact]
    public void Blocks_read_before_an_error_are_returned()
    {
        var (document, diagnostics) = Parse("service a { team x }\nservice b { team \"y }\n");

        diagnostics.Items.Should().ContainSingle().Which.Code.Should().Be("SLO002");
        document.Services.Select(s => s.Name.Value).Should().Equal("a");
    }

    [Fact]
    public void Random_mutations_of_the_readme_example_never_throw()
    {
        var source = DslCaseFiles.ReadSource("readme-example");
        var random = new Random(20261122);
        const string alphabet = "{}\"'#=<%,.\\\n ab1p";
        for (var i = 0; i < 2000; i++)
        {
            var chars = source.ToList();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits && chars.Count > 0; e++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 2:
                        var other = random.Next(chars.Count);
                        (chars[at], chars[other]) = (chars[other], chars[at]);
                        break;
                    default:
                        chars.RemoveRange(at, chars.Count - at);
                        break;
                }
            }

            var text = new string(chars.ToArray());
            var diagnostics = new DiagnosticBag();
            var parse = () => DslParser.Parse(new SourceFile("fuzz.slo", text), diagnostics);

            parse.Should().NotThrow(text);
            diagnostics.Items.Should().NotContain(d => d.Span.Start < 0 || d.Span.End > text.Length, text);
            diagnostics.Items.Should().NotContain(d => d.Message.Contains("input (", StringComparison.Ordinal), text);
        }
    }

    [Fact]
    public void Every_prefix_of_the_readme_example_parses_without_throwing()
    {
        var source = DslCaseFiles.ReadSource("readme-example");
        for (var length = 0; length <= source.Length; length++)
        {
            var text = source[..length];
            var parse = () => DslParser.Parse(new SourceFile("prefix.slo", text), new DiagnosticBag());

            parse.Should().NotThrow(text);
        }
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "{}\"'#=<%,.\\\n\r\t abcdefgpr0123456789_:/@-servicloptyaudfn";
        for (var i = 0; i < 1000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var parse = () => DslParser.Parse(new SourceFile("garbage.slo", text), new DiagnosticBag());

            parse.Should().NotThrow(text);
        }
    }

    [Fact]
    public void The_readme_example_case_is_the_example_in_the_readme_verbatim()
    {
        var readme = SloCompiler.Tests.Support.Documentation.Page("language.md");
        var start = readme.IndexOf("# examples/payments/payments.slo", StringComparison.Ordinal);
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);

        readme[start..end].Should().Be(DslCaseFiles.ReadSource("readme-example"));
        Parse(readme[start..end]).Diagnostics.Items.Should().BeEmpty();
    }
}
