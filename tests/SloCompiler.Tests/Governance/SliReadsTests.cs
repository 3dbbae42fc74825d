using SloCompiler.Governance;
using SloCompiler.Model;

namespace SloCompiler.Tests.Governance;

public sealed class SliReadsTests
{
    [Fact]
    public void A_raw_expression_reads_rated_counters_and_plain_values_with_their_labels()
    {
        var raw = new RawSliModel("sum(rate(errors_total{job=\"api\"}[{window}])) / sum(rate(requests_total[{window}])) * on() group_left() max(deploy_ratio{env=\"prod\"})");

        SliReads.Of(raw).Should().BeEquivalentTo(new[]
        {
            new MetricRead("errors_total", ["job"], MetricUse.Rate),
            new MetricRead("requests_total", [], MetricUse.Rate),
            new MetricRead("deploy_ratio", ["env"], MetricUse.Value),
        });
    }

    [Fact]
    public void A_raw_expression_groups_by_the_labels_of_its_by_clauses()
    {
        var raw = new RawSliModel("sum by (route, user_id) (rate(errors_total[{window}])) / sum without (pod) (rate(requests_total[{window}]))");

        SliReads.RawGrouping(raw).Should().Equal("route", "user_id");
    }

    [Fact]
    public void Bad_and_total_on_one_metric_are_one_read_with_both_label_sets()
    {
        var ratio = new RatioSliModel(
            new Selector("http_requests_total", [new LabelMatcher("code", MatchOperator.RegexMatch, "5..")]),
            null,
            new Selector("http_requests_total", [new LabelMatcher("job", MatchOperator.Equal, "api")]));

        SliReads.Of(ratio).Should().ContainSingle().Which.Labels.Should().Equal("code", "job");
    }
}
