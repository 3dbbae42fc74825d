namespace SloCompiler.Tests.Support;

/// <summary>
/// The repository root (the folder holding SloCompiler.sln), found by walking up from the test
/// binaries, so tests read fixtures and write snapshots in the source tree wherever they run.
/// </summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SloCompiler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SloCompiler.sln above {AppContext.BaseDirectory}.");
    }
}
