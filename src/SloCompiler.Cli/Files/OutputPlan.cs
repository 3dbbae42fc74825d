using SloCompiler.Emit;

namespace SloCompiler.Cli.Files;

/// <summary>
/// What <c>slo compile</c> would change in the output folder. Paths are relative to the folder,
/// with '/', sorted ordinal.
/// </summary>
internal sealed record OutputPlan(
    string OutputFolder,
    IReadOnlyList<OutputFile> Missing,
    IReadOnlyList<OutputFile> Differs,
    IReadOnlyList<string> Stale,
    IReadOnlyList<string> Foreign,
    int Unchanged)
{
    /// <summary>True when the folder already holds exactly the outputs.</summary>
    public bool IsUpToDate => Missing.Count == 0 && Differs.Count == 0 && Stale.Count == 0 && Foreign.Count == 0;
}
