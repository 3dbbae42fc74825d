using System.CommandLine;
using SloCompiler.Cli.CommandLine;
using SloCompiler.Cli.Files;
using SloCompiler.Conversion;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo convert PATH... --to slo|yaml [--out DIR]</c>: each source file that holds SLOs (Sloth, OpenSLO, Pyrra or
/// ours) becomes one file of our language beside it, or in DIR. A file that exists and was not written by convert
/// (its first line is not <see cref="SourceConverter.HeaderPrefix"/>) is never overwritten (SLO902).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Sloth, OpenSLO, Pyrra or slo files or folders to convert",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = CliOptions.Choice("--to", ["slo", "yaml"], "slo", "the language to write: slo (the DSL) or yaml (our YAML form)");
        var outFolder = CliOptions.Value("--out", "DIR", "where to write (default: beside each source file)");
        var command = new Command("convert", "Converts Sloth, OpenSLO and Pyrra specs (or our own files) into our language, "
            + "one file per source file, with a header naming the source. Never overwrites a file convert did not write.")
        {
            paths, to, outFolder,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!, parse.GetValue(to) == "yaml" ? ConvertTarget.Yaml : ConvertTarget.Slo, parse.GetValue(outFolder), context));
        return command;
    }

    /// <summary>Runs with values the argument parser has already checked; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> paths, ConvertTarget target, string? outFolder, CliContext context)
    {
        var diagnostics = new DiagnosticBag();
        var sources = CommandSupport.LoadSources(paths, context, diagnostics);
        var converted = SourceConverter.ConvertAll(sources, target, diagnostics);
        var written = 0;
        if (!diagnostics.HasErrors)
        {
            foreach (var file in converted)
            {
                var folder = outFolder is null ? Path.GetDirectoryName(context.FullPath(file.SourcePath))! : context.FullPath(outFolder);
                var destination = Path.Combine(folder, file.FileName);
                if (File.Exists(destination) && !WrittenByConvert(destination))
                {
                    diagnostics.Report(DiagnosticDescriptors.ForeignFileInOutput, SourceDiscovery.Nowhere(context.DisplayPath(destination)), context.DisplayPath(destination));
                    continue;
                }

                AtomicFileWriter.Write(destination, file.Text);
                written++;
            }
        }

        var sorted = diagnostics.Sorted();
        CommandSupport.PrintText(context.Error, sorted, context);
        context.Out.Write($"{written} converted\n");
        return CommandSupport.HasErrors(sorted) ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static bool WrittenByConvert(string path)
    {
        using var reader = new StreamReader(path);
        return reader.ReadLine()?.StartsWith(SourceConverter.HeaderPrefix, StringComparison.Ordinal) == true;
    }
}
