using SloCompiler.Emit.PromtoolTests;

namespace SloCompiler.Tests.Emit;

public class RegexSamplerTests
{
    [Theory]
    [InlineData("5..", "500")]
    [InlineData("5\\d\\d|429", "500")]
    [InlineData("^(?:GET|POST)$", "GET")]
    [InlineData("[abc]x?y+", "ay")]
    [InlineData("/api/.*", "/api/")]
    [InlineData("a{3}", "aaa")]
    public void Samples_a_value_the_regex_matches_in_full(string pattern, string expected)
    {
        RegexSampler.Sample(pattern).Should().Be(expected);
        RegexSampler.Matches(pattern, expected).Should().BeTrue();
    }

    [Fact]
    public void Falls_back_to_common_values_when_the_guess_does_not_match() =>
        RegexSampler.Sample("[^a-z]+").Should().NotBeNull().And.Match(v => RegexSampler.Matches("[^a-z]+", v));
}
