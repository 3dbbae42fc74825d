using SloCompiler.Model;
using static SloCompiler.Tests.Checking.CheckerKit;

namespace SloCompiler.Tests.Checking;

public class SettingsCascadeTests
{
    [Fact]
    public void Built_in_defaults_apply_when_nothing_is_set()
    {
        var (program, _) = Run(SyntaxBuilder.OneSlo(s => s.Objective("99.9").Ratio(bad: Bad, total: Total)));

        var slo = OnlySlo(program);
        slo.Period.Should().Be(PromDuration.FromDays(30));
        slo.EvaluationInterval.Should().Be(PromDuration.FromSeconds(30));
        slo.Page.Should().Match<AlertTierModel>(t => t.Enabled && t.Severity == "critical" && t.For == null && t.Receiver == null && t.During == null);
        slo.Ticket.Should().Match<AlertTierModel>(t => t.Enabled && t.Severity == "warning");
    }

    [Fact]
    public void Each_level_overrides_the_one_outside_it_field_by_field()
    {
        var policies = SyntaxBuilder.Document("a/_policies.slo", d => d.Policy("standard", p => p
            .Period("28d").Ticket(t => t.Off()).Page(t => t.Receiver("policy-pd").Label("origin", "policy"))));
        var service = SyntaxBuilder.Document("b/payments.slo", d => d
            .Defaults(s => s.Period("7d").Evaluation("1m").Page(t => t.Receiver("file-pd").During("hours").Label("origin", "file").Label("file", "yes")))
            .Service("payments", s => s.UsePolicy("standard").Runbook("https://r/{slo}")
                .With(x => x.Page(t => t.For("2m")))
                .Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total)
                    .With(x => x.Page(t => t.Severity("sev1"))))));

        var (program, diagnostics) = Run(service, policies);

        diagnostics.Should().BeEmpty();
        var slo = OnlySlo(program);
        slo.Period.Should().Be(PromDuration.FromDays(28), "the policy is inside the file defaults");
        slo.EvaluationInterval.Should().Be(PromDuration.FromMinutes(1), "only the file defaults set it");
        slo.Page.Receiver.Should().Be("policy-pd");
        slo.Page.During.Should().Be("hours");
        slo.Page.For.Should().Be(PromDuration.FromMinutes(2));
        slo.Page.Severity.Should().Be("sev1");
        slo.Page.Labels.Should().Equal(new KeyValuePair<string, string>("file", "yes"), new KeyValuePair<string, string>("origin", "policy"));
        slo.Ticket.Enabled.Should().BeFalse();
        program.SourcePaths.Should().Equal("a/_policies.slo", "b/payments.slo");
    }

    [Fact]
    public void The_objective_period_wins_over_every_setting()
    {
        var (program, _) = Run(SyntaxBuilder.OneSlo(s => s.With(x => x.Period("7d")).Objective("99.9", over: "28d").Ratio(bad: Bad, total: Total)));

        OnlySlo(program).Period.Should().Be(PromDuration.FromDays(28));
    }

    [Fact]
    public void File_defaults_do_not_leak_into_other_files()
    {
        var first = SyntaxBuilder.Document("a.slo", d => d.Defaults(s => s.Period("7d")));
        var second = SyntaxBuilder.Document("b.slo", d => d.Service("payments", s => s.Runbook("x")
            .Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total))));

        var (program, _) = Run(first, second);

        OnlySlo(program).Period.Should().Be(PromDuration.FromDays(30));
    }

    [Fact]
    public void An_unknown_policy_is_reported_at_its_name()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Policy("standard", _ => { }).Service("payments", s => s.UsePolicy("nonesuch").Runbook("x")
            .Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total))));

        var (_, diagnostics) = Run(doc);

        var d = Single(diagnostics, "SLO118");
        d.Span.Start.Should().Be(OffsetOf(doc, "nonesuch"));
        d.Message.Should().Contain("standard");
    }

    [Fact]
    public void A_policy_declared_twice_across_files_is_reported_with_the_first_location()
    {
        var first = SyntaxBuilder.Document("a.slo", d => d.Policy("standard", _ => { }));
        var second = SyntaxBuilder.Document("b.slo", d => d.Policy("standard", _ => { }));

        var (_, diagnostics) = Run(first, second);

        var d = Single(diagnostics, "SLO119");
        d.Span.File.Path.Should().Be("b.slo");
        d.Span.Start.Should().Be(OffsetOf(second, "standard"));
        d.Message.Should().Contain("a.slo(");
    }
}
