using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Diagnostics;
using SloCompiler.Project;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// <c>--project FILE</c>, or <c>slo.yaml</c> in the working directory when it exists: the project file
/// every command reads its defaults from. Paths in it are relative to its own folder.
/// </summary>
internal sealed class ProjectFile(CliContext context)
{
    public Option<string> Option { get; } = CliOptions.Value(
        "--project", "FILE", $"project file with sources, output and options (default: {ProjectReader.FileName} in the current folder, if any)");

    /// <summary>The project, or null when there is none; problems in it go to <paramref name="diagnostics"/>.</summary>
    public LoadedProject? Load(ParseResult parse, DiagnosticBag diagnostics)
    {
        var explicitPath = parse.GetValue(Option);
        var path = context.FullPath(explicitPath ?? ProjectReader.FileName);
        if (!File.Exists(path))
        {
            return explicitPath is null
                ? null
                : throw new UsageException($"--project: '{explicitPath}' does not exist", $"give the path of a project file, or run 'slo init' to write one");
        }

        return SourceReader.ReadOne(new DiscoveredFile(path, context.DisplayPath(path)), diagnostics) is { } source
            ? new LoadedProject(ProjectReader.Read(source, diagnostics), Path.GetDirectoryName(path)!)
            : null;
    }
}

/// <summary>A project file's settings and the folder its relative paths start from.</summary>
internal sealed record LoadedProject(ProjectSettings Settings, string Folder)
{
    /// <summary>The project's sources as paths for the command line (relative to the working directory).</summary>
    public IReadOnlyList<string> Sources(CliContext context) =>
        Settings.Sources.Select(s => context.DisplayPath(Path.GetFullPath(s, Folder))).ToList();

    public string? Output => Settings.Output is { } output ? Path.GetFullPath(output, Folder) : null;

    /// <summary><c>compile.alertmanager_base</c> as a path the command can read, relative to the working folder.</summary>
    public string? AlertmanagerBase(CliContext context) =>
        Settings.AlertmanagerBase is { } path ? context.DisplayPath(Path.GetFullPath(path, Folder)) : null;
}
