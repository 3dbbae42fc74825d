using SloCompiler.Model;

namespace SloCompiler.Tests.Model;

public class MultiWindowPolicyTests
{
    [Fact]
    public void Thirty_day_windows_are_the_workbook_ones()
    {
        var page = MultiWindowPolicy.PageWindows(PromDuration.FromDays(30));
        var ticket = MultiWindowPolicy.TicketWindows(PromDuration.FromDays(30));

        page.Select(w => $"{w.Factor}x {w.Long}/{w.Short}").Should().Equal("14.4x 1h/5m", "6x 6h/30m");
        ticket.Select(w => $"{w.Factor}x {w.Long}/{w.Short}").Should().Equal("3x 1d/2h", "1x 3d/6h");
    }

    [Theory]
    [InlineData(28, "56m/4m40s", "5h36m/28m", "22h24m/1h52m", "2d19h12m/5h36m")]
    [InlineData(7, "14m/1m10s", "1h24m/7m", "5h36m/28m", "16h48m/1h24m")]
    [InlineData(1, "2m/1m", "12m/1m", "48m/4m", "2h24m/12m")] // a twelfth of 2m is 10s: raised to the 1m floor
    [InlineData(90, "3h/15m", "18h/1h30m", "3d/6h", "9d/18h")]
    public void Other_periods_scale_long_windows_and_keep_short_at_a_twelfth(int days, params string[] expected)
    {
        var period = PromDuration.FromDays(days);
        var windows = MultiWindowPolicy.PageWindows(period).Concat(MultiWindowPolicy.TicketWindows(period));

        windows.Select(w => $"{w.Long}/{w.Short}").Should().Equal(expected);
    }

    [Fact]
    public void Short_windows_never_drop_below_a_minute_even_with_a_fast_evaluation()
    {
        var period = PromDuration.FromDays(1);
        var evaluation = PromDuration.FromSeconds(15);

        MultiWindowPolicy.PageWindows(period, evaluation).Select(w => $"{w.Long}/{w.Short}").Should().Equal("2m/1m", "12m/1m");
        MultiWindowPolicy.BaseWindow(period, evaluation).Should().Be(PromDuration.FromMinutes(1), "a 30s rate window is left empty by a 30s or 1m scrape");
    }

    [Fact]
    public void Short_windows_never_drop_below_two_evaluation_intervals()
    {
        var period = PromDuration.FromDays(1);
        var evaluation = PromDuration.FromSeconds(30);
        var windows = MultiWindowPolicy.PageWindows(period, evaluation).Concat(MultiWindowPolicy.TicketWindows(period, evaluation));

        windows.Select(w => $"{w.Long}/{w.Short}").Should().Equal("2m/1m", "12m/1m", "48m/4m", "2h24m/12m");
        MultiWindowPolicy.BaseWindow(period, evaluation).Should().Be(PromDuration.FromMinutes(1));
    }

    [Theory]
    [InlineData("1h30m", 5_400_000L)]
    [InlineData("300ms", 300L)]
    [InlineData("7d", 604_800_000L)]
    [InlineData("2w", 1_209_600_000L)]
    public void Durations_parse_prometheus_syntax(string text, long milliseconds)
    {
        PromDuration.TryParse(text, out var duration).Should().BeTrue();
        duration.Milliseconds.Should().Be(milliseconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("1m1h")]
    [InlineData("0s")]
    [InlineData("-5m")]
    public void Malformed_durations_are_rejected(string text) =>
        PromDuration.TryParse(text, out _).Should().BeFalse();
}
