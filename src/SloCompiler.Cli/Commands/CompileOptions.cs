using System.Globalization;
using System.Text.RegularExpressions;
using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Emit;
using SloCompiler.Explain;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo compile</c>'s output options → <see cref="EmitOptions"/>. Kubernetes names and labels are checked
/// here, because the API server would reject the objects only much later, at apply time.
/// </summary>
internal sealed partial class CompileOptions
{
    private const string Hint = "run 'slo compile --help' for usage";

    private readonly Option<string> _dashboardLanguage = CliOptions.Choice(
        "--dashboard-lang", SloExplainer.SupportedLanguages, "en", "language of dashboard titles and descriptions");

    private readonly Option<string> _target = CliOptions.Choice(
        "--target", ["files", "kubernetes"], "files", "kubernetes: also write kubernetes/ with a PrometheusRule per service and a ConfigMap per dashboard");

    private readonly Option<string> _namespace = CliOptions.Value(
        "--namespace", "NS", $"namespace of the Kubernetes objects (default: {EmitOptions.Default.KubernetesNamespace})");

    private readonly Option<string[]> _ruleLabels = CliOptions.Repeatable(
        "--rule-label", "KEY=VALUE", "label on every PrometheusRule so a ruleSelector picks it up, e.g. release=kube-prometheus-stack; "
        + "repeatable (default: app.kubernetes.io/managed-by=slo)");

    private readonly Option<string> _maxRulesPerGroup = CliOptions.Value(
        "--max-rules-per-group", "N", "split an SLO's rule group into groups of at most N rules");

    private readonly Option<string> _alertmanagerMode = CliOptions.Choice(
        "--alertmanager-mode", ["full", "routes"], "full", "full: alertmanager/alertmanager.yml, a complete config; routes: "
        + "alertmanager/routes.yml, only the SLO subtree, receivers and inhibitions, to merge into a platform's config");

    public void AddTo(Command command)
    {
        command.Add(_dashboardLanguage);
        command.Add(_target);
        command.Add(_namespace);
        command.Add(_ruleLabels);
        command.Add(_maxRulesPerGroup);
        command.Add(_alertmanagerMode);
    }

    public EmitOptions From(ParseResult parse)
    {
        var ns = parse.GetValue(_namespace) ?? EmitOptions.Default.KubernetesNamespace;
        if (ns.Length > 63 || !DnsLabel().IsMatch(ns))
        {
            throw new UsageException($"'{ns}' is not a valid --namespace; use lowercase letters, digits and '-' (at most 63)", Hint);
        }

        // Given labels add to the default one (or replace it when they reuse its key).
        var labels = EmitOptions.Default.KubernetesRuleLabels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        foreach (var label in parse.GetValue(_ruleLabels) ?? [])
        {
            var (key, value) = RuleLabel(label);
            labels[key] = value;
        }

        return EmitOptions.Default with
        {
            DashboardLanguage = parse.GetValue(_dashboardLanguage)!,
            Target = parse.GetValue(_target) == "kubernetes" ? OutputTarget.Kubernetes : OutputTarget.Files,
            KubernetesNamespace = ns,
            KubernetesRuleLabels = labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToList(),
            MaxRulesPerGroup = MaxRules(parse.GetValue(_maxRulesPerGroup)),
            AlertmanagerMode = parse.GetValue(_alertmanagerMode) == "routes" ? AlertmanagerMode.Routes : AlertmanagerMode.Full,
        };
    }

    private static (string Key, string Value) RuleLabel(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var key = equals > 0 ? text[..equals] : string.Empty;
        var value = equals > 0 ? text[(equals + 1)..] : string.Empty;
        if (!LabelKey().IsMatch(key) || key.Length > 316 || value.Length > 63 || !LabelValue().IsMatch(value))
        {
            throw new UsageException($"'{text}' is not a valid --rule-label; use KEY=VALUE with a Kubernetes label key and value", Hint);
        }

        return (key, value);
    }

    private static int? MaxRules(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max < 1)
        {
            throw new UsageException($"'{text}' is not a valid --max-rules-per-group; use a whole number of at least 1", Hint);
        }

        return max;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    // Optional DNS-subdomain prefix and '/', then a name of up to 63 characters.
    [GeneratedRegex("^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelKey();

    [GeneratedRegex("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();
}
