using System.Globalization;
using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Emit;
using SloCompiler.Emit.Kubernetes;
using SloCompiler.Explain;
using SloCompiler.Project;
using SloCompiler.Targets;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo compile</c>'s output options → <see cref="EmitOptions"/>. Kubernetes names and labels are checked
/// here, because the API server would reject the objects only much later, at apply time.
/// </summary>
internal sealed class CompileOptions
{
    private const string Hint = "run 'slo compile --help' for usage";

    private readonly Option<string> _dashboardLanguage = CliOptions.Choice(
        "--dashboard-lang", SloExplainer.SupportedLanguages, "en", "language of dashboard titles and descriptions");

    private readonly Option<string[]> _target = CliOptions.Repeatable(
        "--target", "TARGET", "repeatable or comma-separated: one of files (default), kubernetes (also write kubernetes/ with a PrometheusRule "
        + "per service and a ConfigMap per dashboard), and one ruler: " + string.Join(", ", RulerTarget.All.Select(t => t.Name))
        + $" (default {RulerTarget.Default.Name}); fields only newer rulers read are written only for them");

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

    private readonly Option<string> _alertmanagerVersion = CliOptions.Choice(
        "--alertmanager-version", AlertmanagerVersion.Known, AlertmanagerVersion.Default.ToString(),
        "the Alertmanager the configuration is for: webhook receivers need 0.26, msteams 0.27");

    private readonly Option<string> _defaultReceiver = CliOptions.Value(
        "--default-receiver", "NAME", "declared receiver for alerts no SLO route claims (full mode; default: slo-default, which notifies nobody)");

    private readonly Option<string> _alertmanagerBase = CliOptions.Value(
        "--alertmanager-base", "FILE", "the platform's alertmanager.yml: write it with the SLO routes, receivers, inhibitions, time intervals and templates merged in");

    private readonly Option<string> _sourceUrl = CliOptions.Value(
        "--source-url", "URL", "link each SLO's dashboard row to its source: a URL with {path} and {line}, e.g. https://github.com/acme/slo/blob/main/{path}#L{line}");

    /// <summary>The <c>--alertmanager-base</c> path as given, read by the command (it needs the working folder).</summary>
    public string? AlertmanagerBasePath(ParseResult parse) => parse.GetValue(_alertmanagerBase);

    public void AddTo(Command command)
    {
        command.Add(_dashboardLanguage);
        command.Add(_target);
        command.Add(_namespace);
        command.Add(_ruleLabels);
        command.Add(_maxRulesPerGroup);
        command.Add(_alertmanagerMode);
        command.Add(_alertmanagerVersion);
        command.Add(_defaultReceiver);
        command.Add(_alertmanagerBase);
        command.Add(_sourceUrl);
    }

    /// <summary>Each option from the command line when given there, else from the project file, else its default.</summary>
    public EmitOptions From(ParseResult parse, ProjectSettings? project)
    {
        var ns = Given(parse, _namespace) ?? project?.Namespace ?? EmitOptions.Default.KubernetesNamespace;
        if (!KubernetesMetadataRules.IsNamespace(ns))
        {
            throw new UsageException($"'{ns}' is not a valid --namespace; use lowercase letters, digits and '-' (at most 63)", Hint);
        }

        // Given labels add to the default one (or replace it when they reuse its key).
        var labels = EmitOptions.Default.KubernetesRuleLabels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        foreach (var (key, value) in project?.RuleLabels ?? [])
        {
            labels[key] = value;
        }

        foreach (var label in parse.GetValue(_ruleLabels) ?? [])
        {
            var (key, value) = RuleLabel(label);
            labels[key] = value;
        }

        var (targets, problem) = TargetList.Parse(parse.GetValue(_target) ?? []);
        if (targets is null)
        {
            throw new UsageException($"--target: {problem}", Hint);
        }

        return EmitOptions.Default with
        {
            DashboardLanguage = Given(parse, _dashboardLanguage) ?? project?.DashboardLanguage ?? EmitOptions.Default.DashboardLanguage,
            Target = targets.Packaging ?? (project?.Target == "kubernetes" ? OutputTarget.Kubernetes : OutputTarget.Files),
            Ruler = targets.Ruler ?? project?.Ruler ?? RulerTarget.Default,
            KubernetesNamespace = ns,
            KubernetesRuleLabels = labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToList(),
            MaxRulesPerGroup = MaxRules(parse.GetValue(_maxRulesPerGroup)) ?? project?.MaxRulesPerGroup,
            AlertmanagerMode = (Given(parse, _alertmanagerMode) ?? project?.AlertmanagerMode) == "routes" ? AlertmanagerMode.Routes : AlertmanagerMode.Full,
            AlertmanagerVersion = AlertmanagerVersion.Parse(Given(parse, _alertmanagerVersion) ?? project?.AlertmanagerVersion ?? "0.25") ?? AlertmanagerVersion.Default,
            DefaultReceiver = parse.GetValue(_defaultReceiver) ?? project?.DefaultReceiver,
            SourceUrl = SourceUrl(parse.GetValue(_sourceUrl)) ?? project?.SourceUrl,
        };
    }

    /// <summary>The option's value when the command line gives it; null when only its default applies.</summary>
    private static string? Given(ParseResult parse, Option<string> option) =>
        parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option) : null;

    private static (string Key, string Value) RuleLabel(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var key = equals > 0 ? text[..equals] : string.Empty;
        var value = equals > 0 ? text[(equals + 1)..] : string.Empty;
        if (!KubernetesMetadataRules.IsLabel(key, value))
        {
            throw new UsageException($"'{text}' is not a valid --rule-label; use KEY=VALUE with a Kubernetes label key and value", Hint);
        }

        return (key, value);
    }

    private static string? SourceUrl(string? text) =>
        text is not null && SourceUrlTemplate.Problem(text) is { } problem ? throw new UsageException(problem, Hint) : text;

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
}
