using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>Reads the platform configuration of <c>--alertmanager-base</c>; a missing file is reported as <c>PathNotFound</c>, like any missing input.</summary>
internal static class AlertmanagerBaseFile
{
    public static SourceFile? Read(string? path, CliContext context, DiagnosticBag diagnostics)
    {
        if (path is null)
        {
            return null;
        }

        var full = context.FullPath(path);
        if (!File.Exists(full))
        {
            diagnostics.Report(DiagnosticDescriptors.PathNotFound, SourceDiscovery.Nowhere(path), path);
            return null;
        }

        return SourceReader.Read([new DiscoveredFile(full, context.DisplayPath(full))], diagnostics).FirstOrDefault();
    }
}
