using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.OpenSlo;

/// <summary>One OpenSLO <c>SLO</c>: its service, time window, budgeting method, objectives and indicator.</summary>
internal sealed class OpenSloSloReader(YamlContext context, IReadOnlyDictionary<(string, string), OpenSloObject> byName)
{
    private static readonly string[] SpecKeys =
        ["description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod", "objectives", "alertPolicies"];

    public sealed record Result(Spanned<string> Service, IReadOnlyList<SloSyntax> Slos);

    public Result? Read(OpenSloObject slo)
    {
        var span = context.Span(slo.Root.Node);
        if (slo.Root.Get("spec") is not { } specNode || context.Map(specNode, "spec", SpecKeys) is not { } spec)
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, slo.Root.KeySpanOr("kind", context), "this SLO", "spec");
            return null;
        }

        var service = context.Required(spec, "service", "this SLO");
        ForeignFields.NotKept(context, spec, "alertPolicies", "slo's alert tiers come from defaults, policies and the service's alerting settings");
        var sli = new OpenSloIndicator(context, byName).Read(spec, span);

        // A threshold metric judged per evaluation is what Timeslices budgets; a ratio's time slices have no equivalent.
        if (context.String(spec, "budgetingMethod") is { Value: not "Occurrences" } method
            && !(method.Value == "Timeslices" && sli is ThresholdSliSyntax))
        {
            context.Report(DiagnosticDescriptors.CannotExpress, method.Span, $"budgetingMethod: {method.Value}",
                "slo budgets by occurrences (good events over all events); time slices have no equivalent in its rules");
        }

        var period = Period(spec);
        var slos = Objectives(slo, spec, period, sli, span);
        return service is { } serviceName ? new Result(serviceName, slos) : null;
    }

    private List<SloSyntax> Objectives(OpenSloObject slo, YamlMap spec, Spanned<string>? period, SliSyntax? sli, SourceSpan span)
    {
        var slos = new List<SloSyntax>();
        if (spec.Get("objectives") is not YamlSequenceNode objectives || objectives.Children.Count == 0)
        {
            context.Report(DiagnosticDescriptors.MissingYamlKey, spec.KeySpanOr("objectives", context), "this SLO", "objectives");
            return slos;
        }

        for (var i = 0; i < objectives.Children.Count; i++)
        {
            var path = $"spec.objectives[{i}]";
            if (context.Map(objectives.Children[i], path, ["displayName", "op", "value", "target", "targetPercent", "timeSliceTarget", "timeSliceWindow"]) is not { } objective)
            {
                continue;
            }

            var objectiveSli = sli is ThresholdSliSyntax threshold ? ThresholdObjective(threshold, objective, path) : sli;
            if (sli is ThresholdSliSyntax)
            {
                ForeignFields.NotKept(context, objective, "timeSliceTarget", "a threshold SLI's slice is one rule evaluation, good or bad as a whole");
                ForeignFields.NotKept(context, objective, "timeSliceWindow", "a threshold SLI's slice is one rule evaluation (the evaluation setting, 30s by default)");
            }

            foreach (var key in sli is ThresholdSliSyntax ? [] : new[] { "op", "value", "timeSliceTarget", "timeSliceWindow" })
            {
                if (objective.Key(key) is { } keyNode)
                {
                    context.Report(DiagnosticDescriptors.CannotExpress, context.Span(keyNode), YamlContext.Child(path, key),
                        "slo's objectives over a ratio are a share of good events; thresholds and time slices need a thresholdMetric");
                }
            }

            var name = objectives.Children.Count == 1
                ? new Spanned<string>(slo.Name, context.Span(slo.Root.Node))
                : new Spanned<string>($"{slo.Name}-{i + 1}", context.Span(objectives.Children[i]));
            var percent = Percent(objective, path);
            var objectiveSyntax = percent is { } target ? new ObjectiveSyntax(target, period, null, target.Span) : null;
            slos.Add(new SloSyntax(name, context.String(spec, "description"), objectiveSyntax, objectiveSli, [], [], SettingsSyntax.Empty(span), span));
        }

        return slos;
    }

    /// <summary>
    /// The objective's <c>op: lte</c> and <c>value: 1000</c> completing a thresholdMetric: <c>lt</c>, <c>lte</c>,
    /// <c>gt</c>, <c>gte</c> become <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>; anything else stays as written
    /// for the checker to report (SLO145). Null when either is missing (reported).
    /// </summary>
    private ThresholdSliSyntax? ThresholdObjective(ThresholdSliSyntax threshold, YamlMap objective, string path)
    {
        var opText = context.Required(objective, "op", path);
        var valueText = context.Required(objective, "value", path);
        if (opText is not { } op || valueText is not { } value)
        {
            return null;
        }

        var comparison = op.Value switch
        {
            "lt" => "<",
            "lte" => "<=",
            "gt" => ">",
            "gte" => ">=",
            _ => op.Value,
        };
        return threshold with { Operator = op with { Value = comparison }, Value = value };
    }

    /// <summary><c>target: 0.995</c> (a fraction) or <c>targetPercent: 99.5</c>, as our percent text.</summary>
    private Spanned<string>? Percent(YamlMap objective, string path)
    {
        if (context.String(objective, "targetPercent") is { } percent)
        {
            return percent;
        }

        if (context.Required(objective, "target", path) is not { } target)
        {
            return null;
        }

        return decimal.TryParse(target.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction)
            ? target with { Value = (fraction * 100m).ToString("0.############################", CultureInfo.InvariantCulture) }
            : target;
    }

    /// <summary><c>timeWindow: [{ duration: 28d, isRolling: true }]</c>; calendar windows are reported.</summary>
    private Spanned<string>? Period(YamlMap spec)
    {
        if (spec.Get("timeWindow") is not YamlSequenceNode windows || windows.Children.Count == 0)
        {
            return null;
        }

        if (context.Map(windows.Children[0], "spec.timeWindow[0]", ["duration", "isRolling", "calendar"]) is not { } window)
        {
            return null;
        }

        var calendar = window.Key("calendar")
            ?? (window.Get("isRolling") is YamlScalarNode { Value: "false" } ? window.Key("isRolling") : null);
        if (calendar is not null)
        {
            context.Report(DiagnosticDescriptors.CannotExpress, context.Span(calendar), "spec.timeWindow[0]",
                "slo's periods are rolling windows; a calendar-aligned window has no equivalent in its rules");
        }

        var duration = context.Required(window, "duration", "spec.timeWindow[0]");
        if (duration is { Value: [.., 'M' or 'Q' or 'Y'] } calendarLength)
        {
            // OpenSLO's month, quarter and year are calendar lengths; reported once here, not once per objective.
            context.Report(DiagnosticDescriptors.CannotExpress, calendarLength.Span, $"duration: {calendarLength.Value}",
                "months, quarters and years vary in length; slo's periods are fixed durations such as 30d, 4w or 90d");
            return null;
        }

        return duration;
    }
}
