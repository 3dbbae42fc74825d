namespace SloCompiler.Cli;

/// <summary>Where a command writes and which folder relative paths start from.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory, CliEnvironment Environment)
{
    /// <summary>An absolute path for a user-given path, relative to the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The path as printed: relative to the working directory, with '/' on every OS.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }
}
