using SloCompiler.Diagnostics;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>
/// Reports credentials written into the free text of SLO sources (SLO189): team, owner, descriptions, runbooks,
/// labels, annotations, selectors and raw expressions, alert tier settings. All of it is copied into generated rules,
/// alerts or dashboards, where a token would be published. Receiver settings have their own check (SLO173).
/// </summary>
internal static class SecretTextRules
{
    public static void Check(SloDocumentSyntax document, DiagnosticBag diagnostics)
    {
        foreach (var (value, where) in Texts(document))
        {
            if (SecretPatterns.Find(value.Value) is { } found)
            {
                diagnostics.Report(DiagnosticDescriptors.SecretInText, ValueLocator.Inside(value, found.Index, found.Length), where, found.What);
            }
        }
    }

    private static IEnumerable<(Spanned<string> Value, string Where)> Texts(SloDocumentSyntax document)
    {
        var settings = document.Policies.Select(p => p.Settings).Prepend(document.Defaults).OfType<SettingsSyntax>();
        foreach (var text in settings.SelectMany(Settings))
        {
            yield return text;
        }

        foreach (var service in document.Services)
        {
            var of = $"service '{service.Name.Value}'";
            foreach (var (field, name) in new[] { (service.Team, "team"), (service.Owner, "owner"), (service.Description, "description"), (service.Runbook, "runbook") })
            {
                if (field is { } written)
                {
                    yield return (written, $"the {name} of {of}");
                }
            }

            foreach (var text in Labels(service.Labels, "label", of).Concat(Settings(service.Settings)))
            {
                yield return text;
            }

            foreach (var slo in service.Slos)
            {
                var sloOf = $"SLO '{service.Name.Value}/{slo.Name.Value}'";
                if (slo.Description is { } description)
                {
                    yield return (description, $"the description of {sloOf}");
                }

                foreach (var text in Labels(slo.Labels, "label", sloOf).Concat(Settings(slo.Settings)).Concat(Sli(slo.Sli, sloOf)))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<(Spanned<string>, string)> Sli(SliSyntax? sli, string of)
    {
        IEnumerable<Spanned<string>?> texts = sli switch
        {
            RatioSliSyntax ratio => [ratio.Bad, ratio.Good, ratio.Total],
            LatencySliSyntax latency => [latency.Histogram],
            RawSliSyntax raw => [raw.ErrorRatio],
            UptimeSliSyntax uptime => [uptime.Selector],
            ThresholdSliSyntax threshold => [threshold.Metric],
            _ => [],
        };
        return texts.OfType<Spanned<string>>().Select(text => (text, $"the SLI of {of}"));
    }

    private static IEnumerable<(Spanned<string>, string)> Settings(SettingsSyntax settings)
    {
        foreach (var tier in new[] { settings.Alerting?.Page, settings.Alerting?.Ticket }.OfType<AlertTierSyntax>())
        {
            var of = $"the {tier.Kind.Value} alerts";
            foreach (var field in new[] { tier.Severity, tier.Receiver, tier.During }.OfType<Spanned<string>>())
            {
                yield return (field, $"a setting of {of}");
            }

            foreach (var text in Labels(tier.Labels, "label", of).Concat(Labels(tier.Annotations, "annotation", of)))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<(Spanned<string>, string)> Labels(IEnumerable<LabelSyntax> labels, string kind, string of) =>
        labels.Select(label => (label.Value, $"{kind} '{label.Name.Value}' of {of}"));
}
