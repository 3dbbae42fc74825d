namespace SloCompiler.Model;

/// <summary>The checked, resolved result of compiling a set of source files; emitters read only this.</summary>
public sealed record SloProgram(IReadOnlyList<ServiceModel> Services, IReadOnlyList<string> SourcePaths)
{
    /// <summary>Receivers, time intervals and down alerts; an init property so existing constructions keep compiling.</summary>
    public AlertmanagerModel Alertmanager { get; init; } = AlertmanagerModel.Empty;
}

/// <summary>A service with its SLOs, sorted by name. Labels are sorted by name.</summary>
public sealed record ServiceModel(
    string Name,
    string? Team,
    string? Owner,
    string? Description,
    string? RunbookTemplate,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    IReadOnlyList<SloModel> Slos,
    IReadOnlyList<string> SourcePaths)
{
    /// <summary>The runbook URL of one SLO, with <c>{service}</c> and <c>{slo}</c> filled in.</summary>
    public string? RunbookFor(SloModel slo) =>
        RunbookTemplate?.Replace("{service}", Name, StringComparison.Ordinal).Replace("{slo}", slo.Name, StringComparison.Ordinal);
}
