using SloCompiler.Cli.Output;

namespace SloCompiler.Tests.Cli;

public class TerminalTextTests
{
    [Fact]
    public void Controls_become_one_visible_character_each_so_carets_still_line_up()
    {
        var input = "a\u001b[31mb\nc\rd\u0007\u007f\u009b\u202eé\tz";

        var shown = TerminalText.Neutralize(input);

        shown.Should().Be("a␛[31mb␊c␍d␇␡\ufffd\ufffdé\tz");
        shown.Length.Should().Be(input.Length);
    }

    [Fact]
    public void Plain_text_is_returned_as_it_is()
    {
        const string plain = "slo/pay.slo(1,9): error SLO101: 'Pay' is not a valid service name";

        TerminalText.Neutralize(plain).Should().BeSameAs(plain);
    }
}
