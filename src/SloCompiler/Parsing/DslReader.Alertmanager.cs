using SloCompiler.Syntax;
using Sprache;
using static SloCompiler.Parsing.DslGrammar;

namespace SloCompiler.Parsing;

/// <summary>The Alertmanager declarations of a <c>.slo</c> file: <c>receivers { }</c> and <c>time</c> lines.</summary>
internal sealed partial class DslReader
{
    public List<ReceiverSyntax> Receivers { get; } = [];

    public List<TimeIntervalSyntax> TimeIntervals { get; } = [];

    /// <summary>
    /// <c>receivers { NAME TYPE key=value* ('+' TYPE key=value*)* … }</c>. A receiver ends where a word
    /// is not followed by <c>=</c> and no <c>+</c> adds another integration: that word names the next
    /// receiver, so one receiver per line reads naturally.
    /// </summary>
    private void ReadReceivers()
    {
        ExpectChar('{');
        while (true)
        {
            SkipTrivia();
            if (TryChar('}'))
            {
                return;
            }

            var name = ReadName("a receiver name or '}'");
            var integrations = new List<ReceiverIntegrationSyntax> { ReadIntegration() };
            while (true)
            {
                SkipTrivia();
                if (!TryChar('+'))
                {
                    break;
                }

                integrations.Add(ReadIntegration());
            }

            Receivers.Add(new ReceiverSyntax(name, integrations, SpanFrom(name.Span.Start)));
        }
    }

    private ReceiverIntegrationSyntax ReadIntegration()
    {
        var type = ReadName("a receiver type (pagerduty, slack, email or webhook)");
        var settings = new List<ReceiverSettingSyntax>();
        while (NextIsSetting())
        {
            var key = ReadName("a setting name");
            ExpectChar('=');
            settings.Add(new ReceiverSettingSyntax(key, ReadWordOrString()));
        }

        return new ReceiverIntegrationSyntax(type, settings);
    }

    private bool NextIsSetting()
    {
        SkipTrivia();
        var peek = Name(_input);
        return peek.WasSuccessful && Trivia(peek.Remainder).Remainder is { AtEnd: false } after && after.Current == '=';
    }

    /// <summary>
    /// <c>time NAME (weekdays DAY[, DAY]*)? (HH:MM-HH:MM[, …])? LOCATION?</c>, items in any order. The line
    /// ends at the first word that fits none of them, such as the next <c>service</c>.
    /// </summary>
    private TimeIntervalSyntax ReadTimeInterval(Token<string> keyword)
    {
        var name = ReadName("a time interval name");
        List<Spanned<string>>? weekdays = null, times = null;
        Spanned<string>? location = null;
        while (true)
        {
            SkipTrivia();
            var peek = Word(_input);
            if (!peek.WasSuccessful)
            {
                break;
            }

            var word = new Token<string>(peek.Value, _input.Position, peek.Remainder.Position);
            if (word.Value == "weekdays")
            {
                Consume(peek);
                Once(ref weekdays, word, ReadCommaList(Name, "a weekday or range such as mon..fri"));
            }
            else if (char.IsAsciiDigit(word.Value[0]))
            {
                Once(ref times, word, ReadCommaList(Word, "a time range such as 09:00-18:00"));
            }
            else if (char.IsAsciiLetter(word.Value[0]) && !FileKeywords.Contains(word.Value) && location is null)
            {
                Consume(peek);
                location = Spanned(word);
            }
            else
            {
                break;
            }
        }

        return new TimeIntervalSyntax(name, weekdays ?? [], times ?? [], location, SpanFrom(keyword.Start));
    }

    private List<Spanned<string>> ReadCommaList(Parser<string> item, string expected)
    {
        var items = new List<Spanned<string>> { Spanned(Expect(item, expected)) };
        while (true)
        {
            SkipTrivia();
            if (!TryChar(','))
            {
                return items;
            }

            items.Add(Spanned(Expect(item, expected)));
        }
    }
}
