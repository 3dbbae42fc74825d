using static SloCompiler.Tests.Checking.CheckerKit;

namespace SloCompiler.Tests.Checking;

public class AlertMathTests
{
    [Fact]
    public void A_plain_three_nines_slo_has_no_diagnostics()
    {
        var (program, diagnostics) = Run(SyntaxBuilder.OneSlo(s => s.Objective("99.9%", over: "30d").Ratio(bad: Bad, total: Total)));

        diagnostics.Should().BeEmpty();
        program.Services.Single().Slos.Should().ContainSingle();
    }

    [Fact]
    public void A_ninety_percent_objective_cannot_fire_the_fast_page()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("90").Ratio(bad: Bad, total: Total));

        var d = Single(Run(doc).Diagnostics, "SLO120");

        d.Span.Start.Should().Be(OffsetOf(doc, "90\n"));
        d.Message.Should().Contain("14.4 × 0.1 = 1.44");
    }

    [Fact]
    public void A_disabled_tier_is_not_checked()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("90").Ratio(bad: Bad, total: Total).With(x => x.Page(t => t.Off())));

        Run(doc).Diagnostics.Should().NotContain(d => d.Code == "SLO120");
    }

    [Fact]
    public void Five_nines_over_thirty_days_is_exhausted_before_the_page_fires()
    {
        var doc = SyntaxBuilder.OneSlo(s => s.Objective("99.999", over: "30d").Ratio(bad: Bad, total: Total));

        var d = Single(Run(doc).Diagnostics, "SLO121");

        d.Span.Start.Should().Be(OffsetOf(doc, "99.999"));
        d.Message.Should().Contain("25.92 seconds");
    }

    [Fact]
    public void Four_nines_leaves_time_for_the_page()
    {
        Run(SyntaxBuilder.OneSlo(s => s.Objective("99.99").Ratio(bad: Bad, total: Total))).Diagnostics.Should().BeEmpty();
    }
}
