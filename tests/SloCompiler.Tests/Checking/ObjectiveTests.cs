using SloCompiler.Model;
using static SloCompiler.Tests.Checking.CheckerKit;

namespace SloCompiler.Tests.Checking;

public class ObjectiveTests
{
    [Theory]
    [InlineData("99.9", "0.001")]
    [InlineData("99.9%", "0.001")]
    [InlineData("99.95", "0.0005")]
    [InlineData("99.999", "0.00001")]
    public void The_error_budget_is_exact(string percent, string budget)
    {
        var (program, _) = Run(SyntaxBuilder.OneSlo(s => s.Objective(percent).Ratio(bad: Bad, total: Total)));

        DecimalText.Format(OnlySlo(program).ErrorBudget).Should().Be(budget);
        OnlySlo(program).ErrorBudget.Should().Be(decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("30d", "1h/5m", "6h/30m", "1d/2h", "3d/6h")]
    [InlineData("28d", "56m/4m40s", "5h36m/28m", "22h24m/1h52m", "2d19h12m/5h36m")]
    [InlineData("7d", "14m/1m10s", "1h24m/7m", "5h36m/28m", "16h48m/1h24m")]
    [InlineData("1d", "2m/1m", "12m/1m", "48m/4m", "2h24m/12m")]
    public void Tier_windows_follow_the_period(string period, params string[] expected)
    {
        var (program, _) = Run(SyntaxBuilder.OneSlo(s => s.Objective("99.9", over: period).Ratio(bad: Bad, total: Total)
            .With(x => x.Evaluation("5s"))));

        var slo = OnlySlo(program);
        slo.Page.Windows.Concat(slo.Ticket.Windows).Select(w => $"{w.Long}/{w.Short}").Should().Equal(expected);
    }

    [Theory]
    [InlineData("100", "SLO102")]
    [InlineData("0", "SLO102")]
    [InlineData("-5", "SLO103")]
    [InlineData("99,9", "SLO103")]
    [InlineData("1e2", "SLO103")]
    public void Objectives_outside_zero_to_hundred_or_malformed_are_reported_at_the_percent(string percent, string code)
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective(percent).Ratio(bad: Bad, total: Total));

        var (program, diagnostics) = Run(doc);

        Single(diagnostics, code).Span.Start.Should().Be(OffsetOf(doc, percent + "\n"));
        program.Services.Single().Slos.Should().BeEmpty();
    }

    [Fact]
    public void A_malformed_duration_is_reported_at_the_value()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.9").Ratio(bad: Bad, total: Total).With(x => x.Evaluation("5 minutes")));

        var (_, diagnostics) = Run(doc);

        Single(diagnostics, "SLO104").Span.Start.Should().Be(OffsetOf(doc, "5 minutes"));
    }

    [Theory]
    [InlineData("12h")]
    [InlineData("91d")]
    public void Periods_outside_one_to_ninety_days_are_reported(string period)
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.9", over: period).Ratio(bad: Bad, total: Total));

        var (_, diagnostics) = Run(doc);

        Single(diagnostics, "SLO105").Span.Start.Should().Be(OffsetOf(doc, period));
    }

    [Fact]
    public void A_day_period_with_five_minute_evaluation_has_windows_too_short()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.9", over: "1d").Ratio(bad: Bad, total: Total).With(x => x.Evaluation("5m")));

        var (_, diagnostics) = Run(doc);

        var tooShort = diagnostics.Where(d => d.Code == "SLO106").ToList();
        // Short windows are floored at two evaluations (10m), so the ticket's 4m becomes 10m;
        // the page's 2m long window cannot be lifted and is reported.
        tooShort.Should().ContainSingle().Which.Message.Should().Contain("page burn-rate window 2m");
        tooShort.Should().OnlyContain(d => d.Span.Start == OffsetOf(doc, "1d\n"));
    }

    [Fact]
    public void A_missing_objective_is_reported_at_the_slo_name()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Ratio(bad: Bad, total: Total));

        var (_, diagnostics) = Run(doc);

        Single(diagnostics, "SLO112").Span.Start.Should().Be(OffsetOf(doc, "availability"));
    }

    [Theory]
    [InlineData("p100")]
    [InlineData("p0")]
    [InlineData("pfast")]
    public void Percentiles_outside_zero_to_hundred_are_reported(string percentile)
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Percentile(percentile, "300ms").Latency("http_request_duration_seconds", null));

        var (_, diagnostics) = Run(doc);

        Single(diagnostics, "SLO125").Span.Start.Should().Be(OffsetOf(doc, percentile));
        diagnostics.Should().NotContain(d => d.Code == "SLO115");
    }
}
