namespace SloCompiler.Tests.Support;

/// <summary>The repository root (the folder holding SloCompiler.sln), found from the test binaries.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SloCompiler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SloCompiler.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}
