using SloCompiler.Checking;
using SloCompiler.Model;
using static SloCompiler.Tests.Checking.CheckerKit;

namespace SloCompiler.Tests.Checking;

public class SliTests
{
    private const string Histogram = "http_request_duration_seconds{job=\"api\"}";

    [Fact]
    public void A_ratio_keeps_parsed_bad_and_total_selectors()
    {
        var (program, _) = Run(SyntaxBuilder.OneSlo(s => s.Objective("99.9").Ratio(bad: Bad, total: Total)));

        var sli = OnlySlo(program).Sli.Should().BeOfType<RatioSliModel>().Subject;
        sli.Bad!.ToPromQl().Should().Be(Bad);
        sli.Good.Should().BeNull();
        sli.Total.MetricName.Should().Be("http_requests_total");
    }

    [Theory]
    [InlineData(Bad, null, null)]
    [InlineData(null, null, Total)]
    [InlineData(Bad, "good_total", Total)]
    public void An_incomplete_ratio_is_reported(string? bad, string? good, string? total)
    {
        var (program, diagnostics) = Run(SyntaxBuilder.OneSlo(s => s.Objective("99.9").Ratio(bad, good, total)));

        Single(diagnostics, "SLO114");
        program.Services.Single().Slos.Should().BeEmpty();
    }

    [Fact]
    public void Both_bad_and_good_are_reported_at_good()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.9").Ratio(Bad, "good_total", Total));

        Single(Run(doc).Diagnostics, "SLO114").Span.Start.Should().Be(OffsetOf(doc, "good_total"));
    }

    [Fact]
    public void A_selector_error_points_inside_the_selector()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.9").Ratio(bad: "errors_total{code=5}", total: Total));

        var d = Single(Run(doc).Diagnostics, "SLO111");

        d.Span.Start.Should().Be(OffsetOf(doc, "errors_total") + "errors_total{code=".Length);
    }

    [Fact]
    public void A_missing_sli_is_reported_at_the_slo_name()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.9"));

        Single(Run(doc).Diagnostics, "SLO113").Span.Start.Should().Be(OffsetOf(doc, "availability"));
    }

    [Theory]
    [InlineData("300ms", "0.3", "0.3|0.30|0.300")]
    [InlineData("1s", "1", "1|1.0")]
    [InlineData("2500ms", "2.5", "2.5|2.50|2.500")]
    [InlineData("0.25", "0.25", "0.25|0.250")]
    [InlineData("5m", "300", "300|300.0")]
    public void Latency_thresholds_match_every_le_spelling(string threshold, string seconds, string spellings)
    {
        var (program, diagnostics) = Run(SyntaxBuilder.OneSlo(s => s.Objective("99").Latency(Histogram, threshold)));

        diagnostics.Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        var sli = OnlySlo(program).Sli.Should().BeOfType<LatencySliModel>().Subject;
        DecimalText.Format(sli.ThresholdSeconds).Should().Be(seconds);
        sli.LeValues.Should().Equal(spellings.Split('|'));
    }

    [Fact]
    public void Le_spellings_are_sorted_ordinally_and_long_fractions_stay_single()
    {
        LatencyRules.LeValues(0.0005m).Should().Equal("0.0005");
        LatencyRules.LeValues(10m).Should().Equal("10", "10.0");
    }

    [Theory]
    [InlineData("http_request_duration_seconds_bucket{job=\"api\"}")]
    [InlineData("http_request_duration_seconds_count{job=\"api\"}")]
    [InlineData("http_request_duration_seconds{job=\"api\"}")]
    public void Histogram_selectors_are_normalised_to_the_base_metric(string selector)
    {
        var (program, _) = Run(SyntaxBuilder.OneSlo(s => s.Percentile("p95", "800ms", over: "7d").Latency(selector, null)));

        var sli = (LatencySliModel)OnlySlo(program).Sli;
        sli.Histogram.ToPromQl().Should().Be("http_request_duration_seconds{job=\"api\"}");
        OnlySlo(program).ObjectivePercent.Should().Be(95m);
        sli.ThresholdSeconds.Should().Be(0.8m);
    }

    [Fact]
    public void A_threshold_given_twice_is_reported_at_the_objective()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Percentile("p95", "800ms").Latency(Histogram, "300ms"));

        Single(Run(doc).Diagnostics, "SLO115").Span.Start.Should().Be(OffsetOf(doc, "800ms"));
    }

    [Fact]
    public void A_missing_threshold_is_reported_at_the_histogram()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99").Latency(Histogram, null));

        Single(Run(doc).Diagnostics, "SLO115").Span.Start.Should().Be(OffsetOf(doc, Histogram));
    }

    [Fact]
    public void A_threshold_must_be_a_declared_bucket()
    {
        var ok = Run(SyntaxBuilder.OneSlo(s => s.Objective("99").Latency(Histogram, "300ms", "0.1", "0.3", "500ms")));
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99").Latency(Histogram, "250ms", "0.1", "0.3", "500ms"));

        ok.Diagnostics.Should().NotContain(d => d.Code == "SLO116");
        ((LatencySliModel)OnlySlo(ok.Program).Sli).DeclaredBuckets.Should().Equal(0.1m, 0.3m, 0.5m);
        var d = Single(Run(doc).Diagnostics, "SLO116");
        d.Span.Start.Should().Be(OffsetOf(doc, "250ms"));
        d.Message.Should().Contain("0.1, 0.3, 0.5");
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("0")]
    [InlineData("-300ms")]
    public void A_threshold_must_be_positive(string threshold)
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99").Latency(Histogram, threshold));

        Single(Run(doc).Diagnostics, "SLO128").Span.Start.Should().Be(OffsetOf(doc, threshold + "\n"));
    }

    [Fact]
    public void A_raw_expression_needs_the_window_placeholder()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99").Raw("sum(rate(errors_total[5m]))"));

        Single(Run(doc).Diagnostics, "SLO117").Span.Start.Should().Be(OffsetOf(doc, "\"sum(rate"));
    }

    [Fact]
    public void Unknown_raw_placeholders_are_reported_where_they_are()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99").Raw("sum(rate(e{job=\"a\"}[{window}])) / {total}"));

        var d = Single(Run(doc).Diagnostics, "SLO126");

        d.Span.Start.Should().Be(OffsetOf(doc, "{total}"));
        d.Message.Should().Contain("{total}");
    }

    [Fact]
    public void Raw_and_uptime_slis_are_kept()
    {
        var raw = Run(SyntaxBuilder.OneSlo(s => s.Objective("99").Raw("sum(rate(e[{window}]))")));
        var uptime = Run(SyntaxBuilder.OneSlo(s => s.Objective("99").Uptime("up{job=\"api\"}")));

        ((RawSliModel)OnlySlo(raw.Program).Sli).ForWindow(PromDuration.FromMinutes(5)).Should().Be("sum(rate(e[5m]))");
        ((UptimeSliModel)OnlySlo(uptime.Program).Sli).Selector.ToPromQl().Should().Be("up{job=\"api\"}");
    }
}
