using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.PromQl;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.RuleFiles;

/// <summary>
/// One item of a group's <c>rules:</c>, checked as promtool 2.42 does: <c>record</c> xor <c>alert</c>, a non-empty
/// <c>expr</c>, no alerting-only fields on recording rules, valid names, durations and Go templates.
/// </summary>
internal static class RuleReader
{
    /// <summary>The keys of a rule, as Prometheus 2.42 knows them.</summary>
    internal static readonly string[] Keys = ["record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations"];

    public static IReadOnlyList<Rule> ReadAll(YamlContext context, YamlMap group, ParsedExpressions expressions)
    {
        var node = group.Get("rules");
        if (node is null || YamlContext.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), YamlContext.Child(group.Path, "rules"), "a list of rules");
            return [];
        }

        var rules = new List<Rule>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Read(context, sequence.Children[i], $"{group.Path}.rules[{i}]", expressions) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static Rule? Read(YamlContext context, YamlNode node, string path, ParsedExpressions expressions)
    {
        if (context.Map(node, path, Keys) is not { } map)
        {
            return null;
        }

        var span = context.WholeSpan(map.Node);
        Spanned<string>? record = context.String(map, "record") is { Value.Length: > 0 } r ? r : null;
        Spanned<string>? alert = context.String(map, "alert") is { Value.Length: > 0 } a ? a : null;
        if ((record is null) == (alert is null))
        {
            var message = record is null ? "one of 'record' or 'alert' must be set" : "only one of 'record' and 'alert' must be set";
            context.Report(DiagnosticDescriptors.RuleKindAmbiguous, alert is { } both ? both.Span : map.FirstKeySpan(context), message);
        }

        var kind = record is not null ? RuleKind.Recording : RuleKind.Alerting;
        var name = record ?? alert ?? new Spanned<string>(string.Empty, new SourceSpan(span.File, span.Start, 0));
        if (record is { } recorded && !RuleNames.IsMetricName(recorded.Value))
        {
            context.Report(DiagnosticDescriptors.RecordingRuleName, recorded.Span, recorded.Value);
        }

        if (kind == RuleKind.Recording)
        {
            foreach (var key in new[] { "for", "keep_firing_for", "annotations" }.Where(map.Has))
            {
                context.Report(DiagnosticDescriptors.RecordingRuleField, context.Span(map.Key(key)!), key);
            }
        }

        if (context.String(map, "expr") is not { Value.Length: > 0 } expr)
        {
            context.Report(DiagnosticDescriptors.RuleExprMissing, map.Has("expr") ? map.KeySpanOr("expr", context) : map.FirstKeySpan(context), name.Value);
            expr = new Spanned<string>(string.Empty, map.KeySpanOr("expr", context));
        }

        // Prometheus expands templates in an alert's labels and annotations only; a recording rule's label is literal text.
        var templated = kind == RuleKind.Alerting;
        var labels = TemplatedMap(context, map, "labels", "label", templated);
        var annotations = TemplatedMap(context, map, "annotations", "annotation", templated);
        return new Rule(
            kind,
            name,
            expr.Span,
            expressions.Get(expr.Value),
            RuleGroupReader.Duration(context, map, "for"),
            RuleGroupReader.Duration(context, map, "keep_firing_for"),
            labels,
            annotations,
            span)
        {
            KeySpans = KeySpans(context, map),
            StoredExpr = expr.Value,
        };
    }

    /// <summary>Where each key is written.</summary>
    private static RuleKeySpans KeySpans(YamlContext context, YamlMap map) =>
        new(Keys.Where(map.Has).Select(key => (key, context.Span(map.Key(key)!))).ToList());

    /// <summary>Labels or annotations: valid names, and (an alert's) values that are valid Go templates as Prometheus expands them.</summary>
    private static IReadOnlyList<LabelSyntax> TemplatedMap(YamlContext context, YamlMap map, string key, string what, bool templated)
    {
        var entries = context.Labels(map, key);
        foreach (var entry in entries)
        {
            if (!RuleNames.IsLabelName(entry.Name.Value))
            {
                context.Report(DiagnosticDescriptors.RuleLabelName, entry.Name.Span, entry.Name.Value, what);
            }

            if (templated && GoTemplate.Check(entry.Value.Value) is { } error)
            {
                context.Report(DiagnosticDescriptors.RuleTemplate, entry.Value.Span, what, entry.Name.Value, error);
            }
        }

        return entries;
    }
}
