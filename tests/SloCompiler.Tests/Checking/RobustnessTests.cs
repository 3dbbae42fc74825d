using System.Text;
using static SloCompiler.Tests.Checking.CheckerKit;

namespace SloCompiler.Tests.Checking;

public class RobustnessTests
{
    // Fragments that stress each rule: quotes, braces, escapes, units, overflowing digits, surrogates
    private static readonly string[] Fragments =
    [
        "", " ", "\n", "{", "}", "\"", "'", "`", "\\", "=", "=~", "!~", ",", "%", "p", "-", ".", "..", "/",
        "0", "9", "99.9", "1e5", "99999999999999999999999999999999", "300ms", "30d", "0s", "5m", "1y",
        "{window}", "{slo}", "{x}", "__name__", "le", "severity", "a", "Z", "_", ":", "é", "\ud800", "\udc00",
        "\\x", "\\u12", "\\U0011FFFF", "\\777", "[5m]", "(", ")",
    ];

    [Fact]
    public void Random_garbage_in_every_field_never_throws()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 400; i++)
        {
            string G() => Garbage(random);
            var on = random.Next(2) == 0;
            var policies = SyntaxBuilder.Document(G(), d => d.Policy(G(), p => p.Period(G()).Evaluation(G())));
            var doc = SyntaxBuilder.Document(G(), d => d
                .Defaults(s => s.Period(G()).Evaluation(G()).Page(t => (on ? t.On() : t.Off()).Severity(G()).For(G()).Label(G(), G())))
                .Service(G(), s => s.Team(G()).Runbook(G()).UsePolicy(G()).Label(G(), G())
                    .With(x => x.Ticket(t => t.Receiver(G()).During(G()).Annotation(G(), G())))
                    .Slo(G(), slo => slo.Objective(G(), G()).Ratio(G(), random.Next(2) == 0 ? null : G(), G()).Per(G(), G()).Label(G(), G()))
                    .Slo(G(), slo => slo.Percentile(G(), G(), G()).Latency(G(), random.Next(2) == 0 ? null : G(), G(), G()))
                    .Slo(G(), slo => slo.Objective(G()).Raw(G()))
                    .Slo(G(), slo => slo.Objective(G()).Uptime(G()))));

            var act = () => Run(doc, policies, doc);

            act.Should().NotThrow();
        }
    }

    [Fact]
    public void Garbage_selectors_never_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = Garbage(random);
            var act = () => SloCompiler.Checking.SelectorParser.Parse(text);

            act.Should().NotThrow();
        }
    }

    private static string Garbage(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }
}
