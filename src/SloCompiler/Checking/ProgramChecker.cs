using SloCompiler.Diagnostics;
using SloCompiler.Model;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// Syntax of all files → one resolved <see cref="SloProgram"/> (services and the Alertmanager
/// declarations), reporting SLO1xx diagnostics.
/// Always returns a program: SLOs that cannot be modelled are left out after being reported.
/// </summary>
public static class ProgramChecker
{
    public static SloProgram Check(IReadOnlyList<SloDocumentSyntax> documents, DiagnosticBag diagnostics)
    {
        // Policies first: a service may use a policy declared in any file, before or after it
        var policies = CollectPolicies(documents, diagnostics);
        var firstService = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var firstKubernetesName = new Dictionary<string, Spanned<string>>(StringComparer.Ordinal);
        var services = new List<ServiceModel>();
        foreach (var document in documents)
        {
            SecretTextRules.Check(document, diagnostics);
            var defaults = SettingsResolver.Validate(document.Defaults, diagnostics);
            foreach (var service in document.Services)
            {
                if (firstService.TryGetValue(service.Name.Value, out var first))
                {
                    diagnostics.Report(DiagnosticDescriptors.DuplicateService, service.Name.Span, service.Name.Value, first.ToString());
                    continue;
                }

                firstService.Add(service.Name.Value, service.Name.Span);
                ReportKubernetesClash(service.Name, firstKubernetesName, diagnostics);
                services.Add(ServiceChecker.Check(service, defaults, policies, diagnostics));
            }
        }

        var sorted = services.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

        // Last: tiers must name receivers and time intervals declared in any file.
        return new SloProgram(sorted, documents.Select(d => d.File.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
        {
            Alertmanager = AlertmanagerChecker.Check(documents, sorted, diagnostics),
        };
    }

    /// <summary>
    /// Kubernetes object names cannot hold '_', so <c>payments_api</c> and <c>payments-api</c> would both
    /// be <c>slo-payments-api</c>: <c>kubectl apply</c> keeps whichever comes last.
    /// </summary>
    private static void ReportKubernetesClash(
        Spanned<string> name, Dictionary<string, Spanned<string>> firstByKubernetesName, DiagnosticBag diagnostics)
    {
        var kubernetesName = name.Value.Replace('_', '-');
        if (firstByKubernetesName.TryGetValue(kubernetesName, out var first))
        {
            diagnostics.Report(DiagnosticDescriptors.KubernetesNameClash, name.Span, name.Value, first.Value, first.Span.ToString(), "slo-" + kubernetesName);
            return;
        }

        firstByKubernetesName.Add(kubernetesName, name);
    }

    private static PolicyTable CollectPolicies(IReadOnlyList<SloDocumentSyntax> documents, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var layers = new Dictionary<string, SettingsLayer>(StringComparer.Ordinal);
        foreach (var policy in documents.SelectMany(d => d.Policies))
        {
            NameRules.Check(policy.Name, "policy", diagnostics);
            if (first.TryGetValue(policy.Name.Value, out var earlier))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicatePolicy, policy.Name.Span, $"policy '{policy.Name.Value}'", earlier.ToString());
                continue;
            }

            first.Add(policy.Name.Value, policy.Name.Span);
            layers.Add(policy.Name.Value, SettingsResolver.Validate(policy.Settings, diagnostics));
        }

        return new PolicyTable(layers);
    }
}
