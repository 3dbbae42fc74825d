using SloCompiler.Emit.PromtoolTests;
using SloCompiler.Model;

namespace SloCompiler.Tests.Emit;

/// <summary>Which input series a raw SLI's promtool tests feed, and which raw expressions get none.</summary>
public class RawSliSeriesTests
{
    private static readonly Phase Mix = new(1, 990m, 10m);

    [Theory]
    [InlineData("sum(rate(errors_total[{window}])) / sum(rate(requests_total[{window}]))", "errors_total=10 requests_total=1000")]
    [InlineData("sum(rate(misses_total[{window}])) / (sum(rate(hits_total[{window}])) + sum(rate(misses_total[{window}])))", "hits_total=990 misses_total=10")]
    [InlineData("1 - sum(rate(ok_total[{window}])) / sum(rate(all_total[{window}]))", "all_total=1000 ok_total=990")]
    [InlineData("sum(increase(errors_total[{window}])) / sum(increase(requests_total[{window}]))", "errors_total=10 requests_total=1000")]
    public void Each_selector_counts_the_events_that_make_the_expression_the_error_ratio(string template, string expected)
    {
        var series = RawSliSeries.For(new RawSliModel(template), []);

        series.Should().NotBeNull();
        string.Join(" ", series!.OrderBy(s => s.Metric, StringComparer.Ordinal).Select(s => $"{s.Metric}={s.PerMinute(Mix)}"))
            .Should().Be(expected);
    }

    [Fact]
    public void Group_by_labels_get_one_shared_value_so_the_series_divide()
    {
        var series = RawSliSeries.For(
            new RawSliModel("sum by (route) (rate(errors_total{job=\"api\"}[{window}])) / sum by (route) (rate(requests_total{job=\"api\"}[{window}]))"),
            ["route"]);

        series.Should().NotBeNull();
        series!.Select(s => s.Labels["route"]).Distinct().Should().ContainSingle();
        series.Should().OnlyContain(s => s.Labels["job"] == "api");
    }

    [Theory]
    [InlineData("sum(rate(errors_total[{window}])) / sum(rate(requests_total[{window}])) or vector(0)", "'or' is not arithmetic")]
    [InlineData("sum(rate(http_requests_total{code=~\"5..\"}[{window}])) / sum(rate(http_requests_total[{window}]))", "one metric under two selectors: a series of one would match the other")]
    [InlineData("sum(rate(errors_total[{window}])) / sum(requests_in_flight)", "a selector read without rate")]
    [InlineData("sum(rate(errors_total[{window}])) * 2 / sum(rate(requests_total[{window}]))", "no split makes it equal to the error ratio")]
    [InlineData("sum(rate(errors_total[{window}]))", "one selector cannot be a ratio")]
    public void Expressions_no_split_can_explain_get_no_series(string template, string why)
    {
        RawSliSeries.For(new RawSliModel(template), []).Should().BeNull(why);
    }
}
