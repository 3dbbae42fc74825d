using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.PromQl;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.RuleFiles;

/// <summary>
/// The <c>groups:</c> list. Prometheus 2.42 knows exactly <c>name</c>, <c>interval</c>, <c>limit</c> and <c>rules</c>;
/// <c>query_offset</c> (2.53), <c>labels</c> (3.0), Thanos' <c>partial_response_strategy</c> and vmalert's <c>type</c>,
/// <c>concurrency</c> and <c>params</c> are read too and kept
/// in <see cref="RuleGroup.TargetFields"/>, for the lint to hold them to the target ruler (SLO442). The
/// prometheus-operator CRD has <c>partial_response_strategy</c> in its schema, so there it is not a target field.
/// </summary>
internal static class RuleGroupReader
{
    private static readonly string[] Keys = ["name", "interval", "limit", "rules"];

    /// <summary>Group fields only some rulers read (<see cref="Targets.RulerTarget.GroupFields"/>).</summary>
    private static readonly string[] TargetKeys = [.. Targets.RulerTarget.GroupFields.Select(field => field.Key)];

    private static readonly string[] FileKeys = [.. Keys, .. TargetKeys];

    private static readonly string[] OperatorKeys = [.. Keys, "partial_response_strategy"];

    public static IReadOnlyList<RuleGroup> ReadAll(YamlContext context, YamlNode node, ParsedExpressions expressions, bool operatorObject = false)
    {
        if (YamlContext.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(node), "groups", "a list of rule groups");
            return [];
        }

        var groups = new List<RuleGroup>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (Read(context, sequence.Children[i], i, expressions, operatorObject) is { } group)
            {
                groups.Add(group);
            }
        }

        ReportDuplicateNames(context, groups);
        return groups;
    }

    /// <summary>Group names are unique per file (or per PrometheusRule object): later ones are reported.</summary>
    public static void ReportDuplicateNames(YamlContext context, IReadOnlyList<RuleGroup> groups)
    {
        var seen = new Dictionary<string, Spanned<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (group.Name.Value.Length > 0 && !seen.TryAdd(group.Name.Value, group.Name))
            {
                context.Report(DiagnosticDescriptors.RuleGroupDuplicate, group.Name.Span, group.Name.Value, seen[group.Name.Value].Span.ToString());
            }
        }
    }

    /// <summary>The <paramref name="index"/>th item of <c>groups:</c>; null (after a diagnostic) when it is not a mapping.</summary>
    public static RuleGroup? Read(YamlContext context, YamlNode node, int index, ParsedExpressions expressions, bool operatorObject)
    {
        var path = $"groups[{index}]";
        if (context.Map(node, path, operatorObject ? OperatorKeys : FileKeys) is not { } map)
        {
            return null;
        }

        if (context.String(map, "name") is not { Value.Length: > 0 } name)
        {
            context.Report(DiagnosticDescriptors.RuleGroupNameMissing, map.Has("name") ? map.KeySpanOr("name", context) : map.FirstKeySpan(context));
            name = new Spanned<string>(string.Empty, context.Span(node.Start, node.Start));
        }

        var rules = RuleReader.ReadAll(context, map, expressions)
            .Select(rule => rule with { GroupName = name.Value })
            .ToList();
        if (!operatorObject)
        {
            Duration(context, map, "query_offset");
        }

        return new RuleGroup(name, Duration(context, map, "interval"), Limit(context, map), rules, context.WholeSpan(node))
        {
            TargetFields = operatorObject ? [] : TargetKeys.Where(map.Has).Select(key => new Spanned<string>(key, context.Span(map.Key(key)!))).ToList(),
        };
    }

    internal static Spanned<TimeSpan>? Duration(YamlContext context, YamlMap map, string key)
    {
        if (context.String(map, key) is not { } text)
        {
            return null;
        }

        if (!RuleDurations.TryParse(text.Value, out var duration))
        {
            context.Report(DiagnosticDescriptors.RuleDuration, text.Span, text.Value, key);
            return null;
        }

        return new Spanned<TimeSpan>(duration, text.Span);
    }

    private static Spanned<long>? Limit(YamlContext context, YamlMap map)
    {
        if (context.String(map, "limit") is not { } text)
        {
            return null;
        }

        // promtool's YAML decoder also takes 1.5 (truncated), so any number is accepted here.
        if (!double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            context.Report(DiagnosticDescriptors.RuleGroupLimit, text.Span, text.Value);
            return null;
        }

        return new Spanned<long>((long)Math.Clamp(value, long.MinValue, long.MaxValue), text.Span);
    }
}
