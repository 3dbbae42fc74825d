using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Tests.Linting;

public class DiagnosticTests
{
    private static readonly SourceFile File = new("rules.yml", "groups:\n- name: a\n  rules: []\n");

    private static readonly DiagnosticDescriptor Numbered = new("SLO999", DiagnosticSeverity.Warning, "Test", "'{0}' is {1} of {2:0.##} over {3}");

    [Fact]
    public void A_message_written_when_read_is_the_message_formatted_up_front_in_any_culture()
    {
        var args = new object?[] { "slo:burn_rate:rate5m", 14, 0.5, TimeSpan.FromHours(1) };
        var eager = new Diagnostic(Numbered, new SourceSpan(File, 0, 6), string.Format(CultureInfo.InvariantCulture, Numbered.MessageFormat, args));

        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-ES");
            var lazy = Diagnostic.Create(Numbered, new SourceSpan(File, 0, 6), args);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");

            lazy.Message.Should().Be("'slo:burn_rate:rate5m' is 14 of 0.5 over 01:00:00");
            lazy.Should().Be(eager);
            lazy.GetHashCode().Should().Be(eager.GetHashCode());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_changed_message_or_severity_is_what_is_read_afterwards()
    {
        var found = Diagnostic.Create(Numbered, new SourceSpan(File, 0, 6), "x", 1, 2.0, TimeSpan.Zero);

        (found with { Message = "rewritten" }).Message.Should().Be("rewritten");
        var info = found with { Descriptor = Numbered with { Severity = DiagnosticSeverity.Info } };
        info.Message.Should().Be(found.Message);
        info.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Sorted_orders_by_file_position_code_message_then_report_order()
    {
        var other = new SourceFile("a.yml", "x\n");
        var bag = new DiagnosticBag();
        var second = new DiagnosticDescriptor("SLO001", DiagnosticSeverity.Error, "T", "second {0}");
        bag.Add(new Diagnostic(Numbered, new SourceSpan(File, 8, 1), "b"));
        bag.Add(new Diagnostic(Numbered, new SourceSpan(File, 8, 2), "a"));
        bag.Add(new Diagnostic(Numbered, new SourceSpan(File, 8, 3), "a"));
        bag.Add(new Diagnostic(second, new SourceSpan(File, 8, 1), "z"));
        bag.Add(new Diagnostic(Numbered, new SourceSpan(File, 0, 1), "z"));
        bag.Add(new Diagnostic(Numbered, new SourceSpan(other, 1, 1), "z"));

        bag.Sorted().Select(d => $"{d.Span.File.Path}:{d.Span.Start}:{d.Code}:{d.Message}:{d.Span.Length}").Should().Equal(
            "a.yml:1:SLO999:z:1",
            "rules.yml:0:SLO999:z:1",
            "rules.yml:8:SLO001:z:1",
            "rules.yml:8:SLO999:a:2",
            "rules.yml:8:SLO999:a:3",
            "rules.yml:8:SLO999:b:1");
    }
}
