namespace SloCompiler.Cli.Files;

/// <summary>
/// What <c>slo compile</c> would change in the output folder. Paths are relative to the folder,
/// with '/', sorted ordinal.
/// </summary>
/// <param name="Blocked">Outputs whose place is a link, a pipe or a device (or lies behind a link): never written.</param>
/// <param name="KeptStale">Files the previous manifest lists that are no longer generated but changed since: kept.</param>
/// <param name="IgnoredManifestPaths">Manifest entries that are not plain paths inside the folder: never deleted.</param>
/// <param name="Leftovers">Temporary files a killed run left behind: deleted on the next write.</param>
internal sealed record OutputPlan(
    string OutputFolder,
    IReadOnlyList<PlannedOutput> Missing,
    IReadOnlyList<PlannedOutput> Differs,
    IReadOnlyList<string> Stale,
    IReadOnlyList<string> Foreign,
    int Unchanged)
{
    public IReadOnlyList<(string Path, FileKind Kind)> Blocked { get; init; } = [];

    public IReadOnlyList<string> KeptStale { get; init; } = [];

    public IReadOnlyList<string> IgnoredManifestPaths { get; init; } = [];

    public IReadOnlyList<string> Leftovers { get; init; } = [];

    /// <summary>True when the folder already holds exactly the outputs.</summary>
    public bool IsUpToDate =>
        Missing.Count == 0 && Differs.Count == 0 && Stale.Count == 0 && Foreign.Count == 0 && Blocked.Count == 0 && Leftovers.Count == 0;

    /// <summary>True when applying the plan would overwrite something slo does not own.</summary>
    public bool IsRefused => Foreign.Count > 0 || Blocked.Count > 0;
}

/// <summary>An output to write: its path in the output folder and, when the run writes, where its text is staged.</summary>
internal sealed record PlannedOutput(string RelativePath, string? StagedPath);
