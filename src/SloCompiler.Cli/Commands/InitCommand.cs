using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Project;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo init [FOLDER]</c>: a commented starter project (<c>slo.yaml</c>) and one example service
/// (<c>slo/checkout.slo</c>) that compile and lint cleanly as written. Never overwrites a file.
/// </summary>
internal sealed class InitCommand(CliContext context)
{
    private readonly Argument<string> _folder = new("FOLDER")
    {
        Description = "where to create the project (default: the current folder)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Command Create()
    {
        var command = new Command("init", $"Writes a starter project: {ProjectReader.FileName} and one example service under slo/.") { _folder };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parse)
    {
        var folder = context.FullPath(parse.GetValue(_folder) ?? ".");
        var files = new[]
        {
            (Path: Path.Combine(folder, ProjectReader.FileName), Text: StarterProject.ProjectFile),
            (Path: Path.Combine(folder, "slo", "checkout.slo"), Text: StarterProject.ExampleService),
        };

        var existing = files.Where(f => File.Exists(f.Path) || Directory.Exists(f.Path)).ToList();
        if (existing.Count > 0)
        {
            foreach (var file in existing)
            {
                context.Error.Line($"slo: '{context.DisplayPath(file.Path)}' exists; slo init never overwrites a file");
            }

            return ExitCodes.Failed;
        }

        foreach (var (path, text) in files)
        {
            AtomicFileWriter.Write(path, text);
            context.Out.Line($"wrote {context.DisplayPath(path)}");
        }

        context.Out.Line("next: slo lint, then slo compile (writes generated/)");
        return ExitCodes.Ok;
    }
}
