using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>Policies declared anywhere in the compilation, by name, with their validated settings.</summary>
internal sealed record PolicyTable(IReadOnlyDictionary<string, SettingsLayer> Layers);

/// <summary>One service: its own fields and labels, its place in the cascade, and its SLOs.</summary>
internal static class ServiceChecker
{
    private static readonly string[] RunbookPlaceholders = ["service", "slo"];

    public static ServiceModel Check(ServiceSyntax service, SettingsLayer fileDefaults, PolicyTable policies, DiagnosticBag diagnostics)
    {
        if (NameRules.Check(service.Name, "service", diagnostics) && NameRules.IsReservedServiceName(service.Name.Value))
        {
            diagnostics.Report(DiagnosticDescriptors.ReservedServiceName, service.Name.Span, service.Name.Value);
        }
        if (service.Team is { } team)
        {
            LabelRules.CheckValue("team", team, diagnostics);
        }

        CheckRunbook(service, diagnostics);
        var labels = LabelRules.CheckPairs(service.Labels, "set in labels", diagnostics);
        var layers = new List<SettingsLayer> { fileDefaults };
        if (service.Policy is { } policyName)
        {
            if (policies.Layers.TryGetValue(policyName.Value, out var policy))
            {
                layers.Add(policy);
            }
            else
            {
                var declared = policies.Layers.Keys.Order(StringComparer.Ordinal).ToList();
                diagnostics.Report(DiagnosticDescriptors.UnknownPolicy, policyName.Span, policyName.Value,
                    declared.Count == 0 ? "none" : string.Join(", ", declared));
            }
        }

        layers.Add(SettingsResolver.Validate(service.Settings, diagnostics));
        var scope = new ServiceScope(service.Name.Value, layers, labels);
        var slos = CheckSlos(service, scope, diagnostics);
        return new ServiceModel(
            service.Name.Value,
            service.Team?.Value,
            service.Owner?.Value,
            service.Description?.Value,
            service.Runbook?.Value,
            LabelRules.Sorted(labels),
            slos.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(),
            [service.Name.Span.File.Path]);
    }

    private static List<SloModel> CheckSlos(ServiceSyntax service, ServiceScope scope, DiagnosticBag diagnostics)
    {
        if (service.Slos.Count == 0)
        {
            diagnostics.Report(DiagnosticDescriptors.ServiceWithoutSlos, service.Name.Span, service.Name.Value);
        }

        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var models = new List<SloModel>();
        foreach (var slo in service.Slos)
        {
            if (seen.TryGetValue(slo.Name.Value, out var first))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateSlo, slo.Name.Span, slo.Name.Value, service.Name.Value, first.ToString());
                continue;
            }

            seen.Add(slo.Name.Value, slo.Name.Span);
            if (SloChecker.Check(slo, scope, diagnostics) is { } model)
            {
                models.Add(model);
            }
        }

        return models;
    }

    private static void CheckRunbook(ServiceSyntax service, DiagnosticBag diagnostics)
    {
        if (service.Runbook is not { } runbook)
        {
            diagnostics.Report(DiagnosticDescriptors.MissingRunbook, service.Name.Span, service.Name.Value);
            return;
        }

        foreach (System.Text.RegularExpressions.Match match in SliBuilder.Placeholder().Matches(runbook.Value))
        {
            if (!RunbookPlaceholders.Contains(match.Groups[1].Value, StringComparer.Ordinal))
            {
                diagnostics.Report(DiagnosticDescriptors.UnknownPlaceholder,
                    ValueLocator.Inside(runbook, match.Index, match.Length),
                    match.Groups[1].Value, "the runbook", "{service}, {slo}");
            }
        }
    }
}
