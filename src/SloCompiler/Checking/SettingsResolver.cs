using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;

namespace SloCompiler.Checking;

/// <summary>
/// The settings cascade: built-in ← file defaults ← policy ← service ← SLO. Each block is
/// validated once (so a bad value in shared defaults is reported once, not per SLO), then the
/// valid layers are merged, inner over outer.
/// </summary>
internal static class SettingsResolver
{
    /// <summary>Built-in defaults: 30d, 30s, page critical and ticket warning, both on.</summary>
    public static readonly SettingsLayer BuiltIn = new(
        PromDuration.FromDays(30),
        PromDuration.FromSeconds(30),
        TierLayer.Empty with { Enabled = true, Severity = "critical" },
        TierLayer.Empty with { Enabled = true, Severity = "warning" });

    public static SettingsLayer Validate(SettingsSyntax? settings, DiagnosticBag diagnostics)
    {
        if (settings is null)
        {
            return SettingsLayer.Empty;
        }

        var period = settings.Period is { } periodText ? ValueRules.Period(periodText, diagnostics) : null;
        var evaluation = settings.Evaluation is { } evaluationText ? ValueRules.Duration(evaluationText, diagnostics) : null;
        return new SettingsLayer(
            period,
            evaluation,
            ValidateTier(settings.Alerting?.Page, diagnostics),
            ValidateTier(settings.Alerting?.Ticket, diagnostics))
        {
            AlertName = settings.AlertName is { } alertName ? AlertNameRules.Check(alertName, diagnostics) : null,
            Unit = settings.Unit is { } unit ? EventUnitRules.Check(unit, diagnostics) : null,
            MinEvents = settings.MinEvents is { } minEvents ? LowTrafficRules.Parse(minEvents, diagnostics) : null,
            QueryOffset = settings.QueryOffset is { } queryOffset ? ValueRules.Duration(queryOffset, diagnostics) : null,
        };
    }

    public static ResolvedSettings Resolve(IEnumerable<SettingsLayer> innerLayers)
    {
        var result = BuiltIn;
        foreach (var layer in innerLayers)
        {
            // An inner level's general min_events replaces what outer levels set for single tiers too.
            var outerPage = layer.MinEvents is null ? result.Page : result.Page with { MinEvents = null };
            var outerTicket = layer.MinEvents is null ? result.Ticket : result.Ticket with { MinEvents = null };
            result = new SettingsLayer(
                layer.Period ?? result.Period,
                layer.Evaluation ?? result.Evaluation,
                outerPage.With(layer.Page),
                outerTicket.With(layer.Ticket))
            {
                AlertName = layer.AlertName ?? result.AlertName,
                Unit = layer.Unit ?? result.Unit,
                MinEvents = layer.MinEvents ?? result.MinEvents,
                QueryOffset = layer.QueryOffset ?? result.QueryOffset,
            };
        }

        return new ResolvedSettings(
            result.Period!.Value, result.Evaluation!.Value, result.Page, result.Ticket, result.AlertName, result.Unit)
        {
            MinEvents = result.MinEvents,
            QueryOffset = result.QueryOffset,
        };
    }

    private static TierLayer ValidateTier(AlertTierSyntax? tier, DiagnosticBag diagnostics)
    {
        if (tier is null)
        {
            return TierLayer.Empty;
        }

        string? severity = null;
        if (tier.Severity is { } written)
        {
            if (LabelRules.ValueProblem(written.Value) is null)
            {
                severity = written.Value;
            }
            else
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidSeverity, written.Span, written.Value);
            }
        }

        return new TierLayer(
            tier.Enabled?.Value,
            severity,
            tier.For is { } forText ? ValueRules.Duration(forText, diagnostics) : null,
            tier.Receiver?.Value,
            tier.During?.Value,
            LabelRules.CheckPairs(tier.Labels, "set on an alert tier", diagnostics),
            LabelRules.CheckPairs(tier.Annotations, null, diagnostics))
        {
            MinEvents = tier.MinEvents is { } minEvents ? LowTrafficRules.Parse(minEvents, diagnostics) : null,
            KeepFiringFor = tier.KeepFiringFor is { } keepFiringFor ? ValueRules.Duration(keepFiringFor, diagnostics) : null,
        };
    }
}
