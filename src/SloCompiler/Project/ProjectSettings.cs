using SloCompiler.Linting;

namespace SloCompiler.Project;

/// <summary>
/// What a project file (<c>slo.yaml</c>) says: where the sources are, where the output goes, the options
/// that shape the output, and the lint settings. Anything not set is null and falls back to the command
/// line's default; an option given on the command line wins over the file.
/// </summary>
public sealed record ProjectSettings
{
    /// <summary>The project file as printed (relative to the working directory).</summary>
    public required string Path { get; init; }

    /// <summary>Source files or folders, relative to the project file's folder; empty when not set.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Output folder relative to the project file's folder.</summary>
    public string? Output { get; init; }

    /// <summary>The packaging part of <c>target:</c> (<c>files</c> or <c>kubernetes</c>).</summary>
    public string? Target { get; init; }

    /// <summary>The ruler part of <c>target:</c>, e.g. <c>target: kubernetes, vmalert</c>.</summary>
    public Targets.RulerTarget? Ruler { get; init; }

    public string? Namespace { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>>? RuleLabels { get; init; }

    public int? MaxRulesPerGroup { get; init; }

    public string? AlertmanagerMode { get; init; }

    /// <summary><c>alertmanager_version</c>: "0.25" … "0.28".</summary>
    public string? AlertmanagerVersion { get; init; }

    /// <summary><c>default_receiver</c>: the declared receiver that gets alerts no SLO route claims.</summary>
    public string? DefaultReceiver { get; init; }

    /// <summary><c>alertmanager_base</c>: the platform's alertmanager.yml, relative to the project file's folder.</summary>
    public string? AlertmanagerBase { get; init; }

    public string? DashboardLanguage { get; init; }

    /// <summary><c>source_url</c>: a URL template with <c>{path}</c> and <c>{line}</c> for dashboards' source links.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The <c>lint:</c> section (the keys of <c>.slo-lint.yml</c>); null when the file has none.</summary>
    public LintConfig? Lint { get; init; }
}
