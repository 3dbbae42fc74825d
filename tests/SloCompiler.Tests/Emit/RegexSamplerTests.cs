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
    [InlineData("(?i)error", "error")]
    [InlineData("(?i:ERR)x", "ERRx")]
    [InlineData("(?P<code>5)00", "500")]
    [InlineData("seconds{j5..", "seconds{j500")]
    [InlineData("a{,3}", "a{,3}")]
    [InlineData("[]a]b", "]b")]
    [InlineData("[\\d]x", "0x")]
    [InlineData("\\.x", ".x")]
    public void Samples_a_value_the_regex_matches_in_full(string pattern, string expected)
    {
        RegexSampler.Sample(pattern).Should().Be(expected);
        RegexSampler.Matches(pattern, expected).Should().BeTrue();
    }

    [Fact]
    public void Falls_back_to_common_values_when_the_guess_does_not_match() =>
        RegexSampler.Sample("[^a-z]+").Should().NotBeNull().And.Match(v => RegexSampler.Matches("[^a-z]+", v));

    /// <summary>
    /// Patterns Prometheus accepts that the first guesser walked backwards on (<c>(?i)</c> overflowed the stack,
    /// an unclosed <c>{</c> threw): each now yields a matching value or none, and returns.
    /// </summary>
    [Theory]
    [InlineData("(?i)")]
    [InlineData("(?i)error|warn")]
    [InlineData("(?s:.)")]
    [InlineData("x{")]
    [InlineData("{")]
    [InlineData("a{2,")]
    [InlineData("[[:alpha:]]+")]
    [InlineData("\\pL+")]
    [InlineData("\\p{Greek}")]
    [InlineData("\\x41")]
    [InlineData("\\Qa.b\\E")]
    [InlineData("((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))")]
    public void Never_throws_and_any_sample_is_matched(string pattern)
    {
        var sample = RegexSampler.Sample(pattern);

        if (sample is not null)
        {
            RegexSampler.Matches(pattern, sample).Should().BeTrue();
        }
    }

    [Fact]
    public void A_pattern_re2_rejects_matches_nothing()
    {
        RegexSampler.Matches("(?=a)a", "a").Should().BeFalse("look-ahead is Perl syntax that Prometheus rejects");
        RegexSampler.Sample("(?=a)a").Should().BeNull();
    }
}
