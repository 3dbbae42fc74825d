using SloCompiler.Diagnostics;
using static SloCompiler.Tests.Checking.CheckerKit;

namespace SloCompiler.Tests.Checking;

public class NamesAndLabelsTests
{
    private static SloDocumentSyntaxFactory Service(Action<ServiceBuilder> extra, string name = "payments", string path = "a.slo") =>
        () => SyntaxBuilder.Document(path, d => d.Service(name, s =>
        {
            s.Runbook("https://r/{service}/{slo}").Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total));
            extra(s);
        }));

    private delegate Syntax.SloDocumentSyntax SloDocumentSyntaxFactory();

    [Theory]
    [InlineData("Payments")]
    [InlineData("9lives")]
    [InlineData("pay.ments")]
    [InlineData("a/b")]
    [InlineData("payments\n")]
    public void Invalid_service_names_are_reported(string name)
    {
        var doc = Service(_ => { }, name)();

        Single(Run(doc).Diagnostics, "SLO101").Span.Start.Should().Be(OffsetOf(doc, name));
    }

    [Fact]
    public void Sixty_three_characters_is_the_longest_name()
    {
        Run(Service(_ => { }, "a" + new string('b', 62))()).Diagnostics.Should().NotContain(d => d.Code == "SLO101");
        Run(Service(_ => { }, "a" + new string('b', 63))()).Diagnostics.Should().Contain(d => d.Code == "SLO101");
    }

    [Fact]
    public void Invalid_slo_and_policy_names_are_reported()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Policy("Std", _ => { }).Service("payments", s => s.Runbook("r")
            .Slo("Avail", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total))));

        Run(doc).Diagnostics.Where(d => d.Code == "SLO101").Select(d => d.Span.Start)
            .Should().BeEquivalentTo([OffsetOf(doc, "Std"), OffsetOf(doc, "Avail")]);
    }

    [Fact]
    public void A_service_declared_in_two_files_is_reported_with_the_first_location()
    {
        var first = Service(_ => { }, path: "a.slo")();
        var second = Service(_ => { }, path: "b.slo")();

        var (program, diagnostics) = Run(first, second);

        var d = Single(diagnostics, "SLO107");
        d.Span.File.Path.Should().Be("b.slo");
        d.Message.Should().Contain("a.slo(2,1)");
        program.Services.Should().ContainSingle();
    }

    [Fact]
    public void Services_that_differ_only_by_underscore_and_dash_are_warned_about_their_kubernetes_name()
    {
        var first = Service(_ => { }, name: "payments_api", path: "a.slo")();
        var second = Service(_ => { }, name: "payments-api", path: "b.slo")();
        var unrelated = Service(_ => { }, name: "payments-web", path: "c.slo")();

        var (program, diagnostics) = Run(first, second, unrelated);

        var d = Single(diagnostics, "SLO130");
        d.Severity.Should().Be(DiagnosticSeverity.Warning);
        d.Span.File.Path.Should().Be("b.slo");
        d.Message.Should().Contain("'payments_api'").And.Contain("'slo-payments-api'");
        program.Services.Should().HaveCount(3);
    }

    [Fact]
    public void An_slo_declared_twice_in_a_service_is_reported()
    {
        var doc = Service(s => s.Slo("availability", slo => slo.Objective("99").Ratio(bad: Bad, total: Total)))();

        var d = Single(Run(doc).Diagnostics, "SLO108");

        d.Span.Start.Should().Be(doc.File.Text.LastIndexOf("availability", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1tier")]
    [InlineData("__meta")]
    [InlineData("ti-er")]
    public void Invalid_label_names_are_reported(string name)
    {
        var doc = Service(s => s.Label(name, "1"))();

        Single(Run(doc).Diagnostics, "SLO109").Span.Start.Should().Be(OffsetOf(doc, name));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("a\nb", "line break")]
    public void Invalid_label_values_are_reported(string value, string problem)
    {
        AssertInvalidValue(value, problem);
    }

    [Fact]
    public void A_lone_surrogate_is_not_valid_utf8()
    {
        // Built in code: xunit would replace a lone surrogate in attribute data
        AssertInvalidValue(new string('\ud800', 1), "UTF-8");
    }

    private static void AssertInvalidValue(string value, string problem)
    {
        var doc = Service(s => s.Label("tier", value))();

        var d = Single(Run(doc).Diagnostics, "SLO110");

        d.Span.Start.Should().Be(OffsetOf(doc, "\"" + value + "\""));
        d.Message.Should().Contain(problem);
    }

    [Fact]
    public void Reserved_labels_are_refused_in_labels_tiers_and_per()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Service("payments", s => s.Runbook("r").Label("severity", "x")
            .With(x => x.Page(t => t.Label("alertname", "y")))
            .Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total).Label("slo", "z").Per("route", "le", "team"))));

        var (program, diagnostics) = Run(doc);

        diagnostics.Where(d => d.Code == "SLO123").Select(d => d.Span.Start).Should().BeEquivalentTo(
            new[] { "severity\n", "alertname\n", "slo\n\"z\"", "le\n", "team\n" }.Select(label => OffsetOf(doc, label)));
        OnlySlo(program).GroupBy.Should().Equal("route");
    }

    [Fact]
    public void Service_and_slo_labels_merge_sorted_with_the_slo_winning()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Service("payments", s => s.Runbook("r").Label("tier", "1").Label("domain", "pay")
            .Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total).Label("tier", "2").Per("tenant", "route"))));

        var (program, _) = Run(doc);

        program.Services.Single().Labels.Select(p => $"{p.Key}={p.Value}").Should().Equal("domain=pay", "tier=1");
        OnlySlo(program).Labels.Select(p => $"{p.Key}={p.Value}").Should().Equal("domain=pay", "tier=2");
        OnlySlo(program).GroupBy.Should().Equal("tenant", "route");
    }

    [Fact]
    public void A_missing_runbook_warns_once_per_service()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Service("payments", s => s
            .Slo("one", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total))
            .Slo("two", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total))));

        Single(Run(doc).Diagnostics, "SLO122").Span.Start.Should().Be(OffsetOf(doc, "payments"));
    }

    [Fact]
    public void Unknown_runbook_placeholders_are_reported_where_they_are()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Service("payments", s => s.Runbook("https://r/{service}/{team}")
            .Slo("availability", slo => slo.Objective("99.9").Ratio(bad: Bad, total: Total))));

        Single(Run(doc).Diagnostics, "SLO126").Span.Start.Should().Be(OffsetOf(doc, "{team}"));
    }

    [Fact]
    public void A_service_without_slos_warns()
    {
        var doc = SyntaxBuilder.Document("a.slo", d => d.Service("payments", s => s.Runbook("r")));

        var (program, diagnostics) = Run(doc);

        Single(diagnostics, "SLO124").Span.Start.Should().Be(OffsetOf(doc, "payments"));
        program.Services.Single().Slos.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("crit\nical")]
    public void Severity_must_be_a_label_value(string severity)
    {
        var doc = Service(s => s.With(x => x.Page(t => t.Severity(severity))))();

        Single(Run(doc).Diagnostics, "SLO127").Span.Start.Should().Be(OffsetOf(doc, "page") + "page\n".Length);
    }

    [Fact]
    public void Services_slos_and_paths_are_sorted()
    {
        var b = SyntaxBuilder.Document("z/b.slo", d => d.Service("zeta", s => s.Runbook("r")
            .Slo("zz", slo => slo.Objective("99").Ratio(bad: Bad, total: Total))
            .Slo("aa", slo => slo.Objective("99").Ratio(bad: Bad, total: Total))));
        var a = SyntaxBuilder.Document("a.slo", d => d.Service("alpha", s => s.Runbook("r")
            .Slo("x", slo => slo.Objective("99").Ratio(bad: Bad, total: Total))));

        var (program, _) = Run(b, a);

        program.Services.Select(s => s.Name).Should().Equal("alpha", "zeta");
        program.Services[1].Slos.Select(s => s.Name).Should().Equal("aa", "zz");
        program.Services[1].SourcePaths.Should().Equal("z/b.slo");
        program.SourcePaths.Should().Equal("a.slo", "z/b.slo");
    }
}
