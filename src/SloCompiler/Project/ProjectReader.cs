using System.Globalization;
using SloCompiler.Diagnostics;
using SloCompiler.Emit.Kubernetes;
using SloCompiler.Explain;
using SloCompiler.Linting;
using SloCompiler.Parsing;
using SloCompiler.Text;

namespace SloCompiler.Project;

/// <summary>
/// Reads the project file:
/// <code>
/// apiVersion: slocompiler.dev/v1
/// kind: SloProject
/// sources: [slo]
/// output: generated
/// compile: { target: kubernetes, namespace: monitoring, rule_labels: { release: prom }, max_rules_per_group: 50,
///            alertmanager_mode: routes, alertmanager_base: platform/alertmanager.yml, dashboard_lang: es }
/// lint: { scrape_interval: 30s }   # the keys of .slo-lint.yml
/// </code>
/// Every key but apiVersion and kind is optional. Problems are diagnostics at the key or value.
/// </summary>
public static class ProjectReader
{
    /// <summary>The file name looked up in the working directory.</summary>
    public const string FileName = "slo.yaml";

    public const string Kind = "SloProject";

    public static readonly IReadOnlyList<string> AlertmanagerModes = ["full", "routes"];

    private static readonly string[] RootKeys = ["apiVersion", "kind", "sources", "output", "compile", "lint"];

    private static readonly string[] CompileKeys =
        ["target", "namespace", "rule_labels", "max_rules_per_group", "alertmanager_mode", "alertmanager_version", "alertmanager_base", "dashboard_lang", "default_receiver", "source_url"];

    public static ProjectSettings Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        var settings = new ProjectSettings { Path = source.Path };
        if (YamlStreamLoader.Load(context, DiagnosticDescriptors.InvalidYaml) is not { Documents: [var document, ..] }
            || context.Map(document.RootNode, string.Empty, RootKeys) is not { } root)
        {
            return settings;
        }

        if (context.Required(root, "apiVersion", "a project file") is { } apiVersion && apiVersion.Value != YamlSloReader.ApiVersion)
        {
            Invalid(context, apiVersion.Span, $"apiVersion '{apiVersion.Value}' of a project file must be {YamlSloReader.ApiVersion}");
        }

        if (context.Required(root, "kind", "a project file") is { } kind && kind.Value != Kind)
        {
            Invalid(context, kind.Span, $"kind '{kind.Value}' of a project file must be {Kind}");
        }

        settings = settings with
        {
            Sources = context.StringList(root, "sources").Select(s => s.Value).ToList(),
            Output = context.String(root, "output")?.Value,
            Lint = root.Get("lint") is { } lint ? LintConfigReader.Read(context, lint, "lint") : null,
        };

        return root.Get("compile") is { } compileNode && context.Map(compileNode, "compile", CompileKeys) is { } compile
            ? ReadCompile(context, compile, settings)
            : settings;
    }

    private static ProjectSettings ReadCompile(YamlContext context, YamlMap compile, ProjectSettings settings)
    {
        var (target, ruler) = TargetOf(context, compile);
        var mode = Choice(context, compile, "alertmanager_mode", AlertmanagerModes);
        var version = Choice(context, compile, "alertmanager_version", Emit.AlertmanagerVersion.Known);
        var language = Choice(context, compile, "dashboard_lang", SloExplainer.SupportedLanguages);

        var ns = context.String(compile, "namespace");
        if (ns is { } written && !KubernetesMetadataRules.IsNamespace(written.Value))
        {
            Invalid(context, written.Span, $"namespace '{written.Value}' is not a Kubernetes namespace: lowercase letters, digits and '-' (at most 63)");
            ns = null;
        }

        List<KeyValuePair<string, string>>? labels = null;
        if (compile.Has("rule_labels"))
        {
            labels = [];
            foreach (var label in context.Labels(compile, "rule_labels"))
            {
                if (KubernetesMetadataRules.IsLabel(label.Name.Value, label.Value.Value))
                {
                    labels.Add(new(label.Name.Value, label.Value.Value));
                }
                else
                {
                    Invalid(context, label.Name.Span, $"rule label '{label.Name.Value}: {label.Value.Value}' is not a Kubernetes label key and value");
                }
            }
        }

        int? maxRules = null;
        if (context.String(compile, "max_rules_per_group") is { } max)
        {
            if (int.TryParse(max.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                maxRules = n;
            }
            else
            {
                Invalid(context, max.Span, $"max_rules_per_group '{max.Value}' must be a whole number of at least 1");
            }
        }

        return settings with
        {
            Target = target,
            Ruler = ruler,
            AlertmanagerMode = mode,
            AlertmanagerVersion = version,
            DefaultReceiver = context.String(compile, "default_receiver")?.Value,
            AlertmanagerBase = context.String(compile, "alertmanager_base")?.Value,
            SourceUrl = SourceUrl(context, compile),
            DashboardLanguage = language,
            Namespace = ns?.Value,
            RuleLabels = labels,
            MaxRulesPerGroup = maxRules,
        };
    }

    private static string? SourceUrl(YamlContext context, YamlMap compile)
    {
        if (context.String(compile, "source_url") is not { } url)
        {
            return null;
        }

        if (Emit.SourceUrlTemplate.Problem(url.Value) is { } problem)
        {
            Invalid(context, url.Span, problem);
            return null;
        }

        return url.Value;
    }

    /// <summary><c>target: kubernetes, vmalert</c>: one packaging value and one ruler, either optional.</summary>
    private static (string? Packaging, Targets.RulerTarget? Ruler) TargetOf(YamlContext context, YamlMap compile)
    {
        if (context.String(compile, "target") is not { } value)
        {
            return (null, null);
        }

        var (list, problem) = Targets.TargetList.Parse([value.Value]);
        if (list is null)
        {
            Invalid(context, value.Span, $"target: {problem}");
            return (null, null);
        }

        return (list.Packaging is { } packaging ? (packaging == Emit.OutputTarget.Kubernetes ? "kubernetes" : "files") : null, list.Ruler);
    }

    private static string? Choice(YamlContext context, YamlMap map, string key, IReadOnlyList<string> allowed)
    {
        if (context.String(map, key) is not { } value)
        {
            return null;
        }

        if (allowed.Contains(value.Value, StringComparer.Ordinal))
        {
            return value.Value;
        }

        Invalid(context, value.Span, $"{key} '{value.Value}' must be one of: {string.Join(", ", allowed)}");
        return null;
    }

    private static void Invalid(YamlContext context, SourceSpan span, string message) =>
        context.Report(DiagnosticDescriptors.ProjectInvalidValue, span, message);
}
