using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>What an SLO inherits from its service: the settings layers above it and the service labels.</summary>
internal sealed record ServiceScope(string Name, IReadOnlyList<SettingsLayer> Layers, IReadOnlyDictionary<string, string> Labels);

/// <summary>One SLO: objective, SLI, grouping, labels and both alert tiers with their windows.</summary>
internal static class SloChecker
{
    /// <summary>Null when the SLO cannot be modelled; everything wrong with it has been reported.</summary>
    public static SloModel? Check(SloSyntax slo, ServiceScope scope, DiagnosticBag diagnostics)
    {
        NameRules.Check(slo.Name, "SLO", diagnostics);
        var settings = SettingsResolver.Resolve(scope.Layers.Append(SettingsResolver.Validate(slo.Settings, diagnostics)));
        var groupBy = CheckGroupBy(slo.GroupBy, diagnostics);
        var labels = LabelRules.Merge(scope.Labels, LabelRules.CheckPairs(slo.Labels, "set in labels", diagnostics));

        if (slo.Objective is null)
        {
            diagnostics.Report(DiagnosticDescriptors.MissingObjective, slo.Name.Span, slo.Name.Value);
        }

        if (slo.Sli is null)
        {
            diagnostics.Report(DiagnosticDescriptors.MissingSli, slo.Name.Span, slo.Name.Value);
        }

        var objective = slo.Objective is null ? null : ObjectiveRules.Check(slo.Objective, diagnostics);
        var sli = slo.Sli is null ? null : SliBuilder.Build(slo.Sli, LatencyThreshold(slo.Objective), diagnostics);
        if (objective is null || sli is null)
        {
            return null;
        }

        var period = objective.Period ?? settings.Period;
        var page = Tier(AlertTierKind.Page, settings.Page, MultiWindowPolicy.PageWindows(period, settings.Evaluation)) with
        {
            CustomAlertName = settings.AlertName,
            MinEvents = settings.Page.MinEvents ?? settings.MinEvents,
        };
        var ticket = Tier(AlertTierKind.Ticket, settings.Ticket, MultiWindowPolicy.TicketWindows(period, settings.Evaluation)) with
        {
            CustomAlertName = settings.AlertName,
            MinEvents = settings.Ticket.MinEvents ?? settings.MinEvents,
        };
        var model = new SloModel(scope.Name, slo.Name.Value, slo.Description?.Value, objective.Percent, period, settings.Evaluation,
            sli, groupBy, LabelRules.Sorted(labels), page, ticket)
        {
            NoDataAlert = slo.NoData?.Value ?? true,
            Unit = settings.Unit,
            SourcePath = slo.Name.Span.File.Path,
            SourceLine = slo.Name.Span.StartPosition.Line,
            MinEvents = settings.MinEvents,
            QueryOffset = settings.QueryOffset,
        };
        LowTrafficRules.CheckApplies(slo.Settings, sli, diagnostics);

        var objectiveSyntax = slo.Objective!;
        AlertMathRules.CheckWindows(period, settings.Evaluation, [page, ticket], objectiveSyntax.Period?.Span ?? objectiveSyntax.Span, diagnostics);
        AlertMathRules.CheckCanFire(model.ErrorBudget, [page, ticket], objectiveSyntax.Percent.Span, diagnostics);
        AlertMathRules.CheckDetection(model.ErrorBudget, period, settings.Evaluation, page, objectiveSyntax.Percent.Span, diagnostics);
        if (slo.Sli is RawSliSyntax raw)
        {
            RawSubqueryCostCheck.Check(model, raw, diagnostics);
        }

        return model;
    }

    // Taken from the syntax, not the checked objective: an invalid percentile still carries its
    // threshold, and the SLI must not then also report the threshold as missing
    private static Spanned<string>? LatencyThreshold(ObjectiveSyntax? objective) => objective?.LatencyThreshold;

    private static AlertTierModel Tier(AlertTierKind kind, TierLayer layer, IReadOnlyList<BurnWindow> windows) => new(
        kind,
        layer.Enabled ?? true,
        layer.Severity ?? (kind == AlertTierKind.Page ? "critical" : "warning"),
        layer.For,
        layer.Receiver,
        layer.During,
        LabelRules.Sorted(layer.Labels),
        LabelRules.Sorted(layer.Annotations),
        windows)
    {
        KeepFiringFor = layer.KeepFiringFor,
    };

    private static List<string> CheckGroupBy(IReadOnlyList<Spanned<string>> groupBy, DiagnosticBag diagnostics)
    {
        var result = new List<string>();
        foreach (var label in groupBy)
        {
            if (!LabelRules.CheckName(label, diagnostics))
            {
                continue;
            }

            // le would split a histogram's buckets apart; the reserved ones are overwritten by the rules
            if (LabelRules.Reserved.Contains(label.Value) || label.Value == "le")
            {
                diagnostics.Report(DiagnosticDescriptors.ReservedLabel, label.Span, label.Value, "used in 'per'");
                continue;
            }

            if (!result.Contains(label.Value, StringComparer.Ordinal))
            {
                result.Add(label.Value);
            }
        }

        return result;
    }
}
