using System.Diagnostics;
using SloCompiler.Governance.Routing;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>Alertmanager regexes in the routing check run in linear time, as RE2 does in Alertmanager.</summary>
public class RoutingRegexTests
{
    [Theory]
    [InlineData("(a|aa)*b|a*", true)]
    [InlineData("(a+)+b", false)]
    [InlineData("(a*)*(b|a*)c|(x|a)+", true)]
    public void A_catastrophic_pattern_gets_the_right_answer_quickly(string pattern, bool expected)
    {
        var matcher = RouteMatcher.Parse($"team=~\"{pattern}\"")!;
        var labels = new Dictionary<string, string> { ["team"] = new string('a', 5000) };
        var clock = Stopwatch.StartNew();

        var matches = Enumerable.Range(0, 20).Select(_ => matcher.Matches(labels)).ToList();

        matches.Should().AllSatisfy(m => m.Should().Be(expected));
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "20 matches of a linear-time regex take milliseconds");
    }

    [Fact]
    public void A_trailing_newline_is_not_ignored_by_the_anchor()
    {
        var matcher = RouteMatcher.Parse("team=~\"pay\"")!;

        matcher.Matches(new Dictionary<string, string> { ["team"] = "pay\n" }).Should().BeFalse("RE2's $ in Alertmanager's ^(?:…)$ is the end of the text");
        matcher.Matches(new Dictionary<string, string> { ["team"] = "pay" }).Should().BeTrue();
    }
}
