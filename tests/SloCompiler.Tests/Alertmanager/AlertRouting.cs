using SloCompiler.Emit;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.Emit.Prometheus;
using SloCompiler.Model;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// Asks the real <c>amtool config routes test --verify.receivers</c> where the label set of every alert
/// the generated rules can fire ends up, and asserts it is the tier's receiver, never the default one.
/// </summary>
internal static class AlertRouting
{
    /// <summary>Returns how many alerts were verified, so callers can pin that none was skipped.</summary>
    public static int VerifyEveryAlert(string workingFolder, string configPath, SloProgram program)
    {
        var checkedAlerts = 0;
        foreach (var (labels, expected) in GeneratedAlerts(program))
        {
            var arguments = new List<string> { "config", "routes", "test", $"--config.file={configPath}", $"--verify.receivers={expected}" };
            arguments.AddRange(labels.Select(l => $"{l.Key}={l.Value}"));

            var (exitCode, output) = Amtool.Run(workingFolder, [.. arguments]);

            var because = $"{string.Join(' ', labels.Select(l => $"{l.Key}={l.Value}"))} should reach {expected}: {output}";
            exitCode.Should().Be(0, because);
            Receiver(output).Should().Be(expected, because).And.NotBe(AlertmanagerConventions.DefaultReceiver);
            checkedAlerts++;
        }

        return checkedAlerts;
    }

    /// <summary>The receiver amtool printed: the first line, before the warnings it writes to stderr.</summary>
    public static string Receiver(string output) => output.Split('\n')[0].Trim();

    /// <summary>The label set of every alert the rules emit (as the promtool tests expect it) and its tier's receiver.</summary>
    private static IEnumerable<(IReadOnlyList<KeyValuePair<string, string>> Labels, string Receiver)> GeneratedAlerts(SloProgram program)
    {
        foreach (var service in program.Services)
        {
            foreach (var slo in service.Slos)
            {
                foreach (var tier in new[] { slo.Page, slo.Ticket }.Where(t => t.Enabled))
                {
                    var labels = new List<KeyValuePair<string, string>> { new("alertname", Conventions.AlertName(tier)) };
                    labels.AddRange(AlertText.Labels(service, slo, tier));
                    yield return (labels, tier.Receiver!);
                }

                if (NoDataRule.RoutedLike(slo) is { } routedLike)
                {
                    var labels = new List<KeyValuePair<string, string>> { new("alertname", Conventions.NoDataAlert) };
                    labels.AddRange(NoDataRule.AbsentLabels(slo).Where(l => AlertText.Labels(service, slo, routedLike).All(r => r.Key != l.Key)));
                    labels.AddRange(AlertText.Labels(service, slo, routedLike));
                    yield return (labels, routedLike.Receiver!);
                }
            }
        }
    }
}
