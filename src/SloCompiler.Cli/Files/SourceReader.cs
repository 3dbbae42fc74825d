using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>Reads discovered files; an unreadable file, a pipe or a device becomes SLO901 instead of a crash or a hang.</summary>
internal static class SourceReader
{
    /// <param name="keepGenerated">
    /// Also return files that carry slo's generated header: <c>slo lint</c> checks generated rule files,
    /// while compiling never reads its own output as a source.
    /// </param>
    public static IReadOnlyList<SourceFile> Read(IReadOnlyList<DiscoveredFile> files, DiagnosticBag diagnostics, bool keepGenerated = false)
    {
        var sources = new List<SourceFile>();
        foreach (var file in files)
        {
            var kind = FileKinds.OfTarget(file.FullPath);
            if (kind != FileKind.Regular)
            {
                // A named pipe would block the read forever and /dev/zero would never end.
                diagnostics.Report(DiagnosticDescriptors.CannotReadFile, SourceDiscovery.Nowhere(file.DisplayPath), file.DisplayPath, FileKinds.Describe(kind));
                continue;
            }

            try
            {
                var text = File.ReadAllText(file.FullPath);
                // Our own output (e.g. generated/*.rules.yml under a linted folder) is not an SLO source.
                if (keepGenerated || !GeneratedFileGuard.HasGeneratedHeader(text))
                {
                    sources.Add(new SourceFile(file.DisplayPath, text));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticDescriptors.CannotReadFile, SourceDiscovery.Nowhere(file.DisplayPath), file.DisplayPath, e.Message);
            }
        }

        return sources;
    }
}
