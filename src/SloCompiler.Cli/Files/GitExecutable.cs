namespace SloCompiler.Cli.Files;

/// <summary>
/// Finds the <c>git</c> to run. Starting a bare <c>git</c> lets .NET look in the current folder
/// before PATH, so a pull request that commits an executable <c>./git</c> would run its own code in
/// CI. Only absolute PATH entries are searched (an empty or relative entry means "the current
/// folder" to a shell), and the result is an absolute path.
/// </summary>
internal static class GitExecutable
{
    /// <param name="pathVariable">The value of PATH.</param>
    /// <returns>The absolute path of the first executable <c>git</c> on PATH, or null.</returns>
    public static string? Find(string? pathVariable)
    {
        var name = OperatingSystem.IsWindows() ? "git.exe" : "git";
        foreach (var folder in (pathVariable ?? string.Empty).Split(Path.PathSeparator))
        {
            if (folder.Length == 0 || !Path.IsPathFullyQualified(folder))
            {
                continue;
            }

            var candidate = Path.Combine(folder, name);
            if (FileKinds.OfTarget(candidate) == FileKind.Regular && IsExecutable(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows()
        || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
