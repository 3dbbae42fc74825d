using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>Reads discovered files; an unreadable file becomes SLO901 instead of a crash, an undecodable one SLO190/SLO191.</summary>
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
            try
            {
                // undecodable bytes and control characters are reported (SLO190, SLO191) and the file is not read
                if (SourceDecoder.Decode(file.DisplayPath, File.ReadAllBytes(file.FullPath), diagnostics) is not { } source)
                {
                    continue;
                }

                // Our own output (e.g. generated/*.rules.yml under a linted folder) is not an SLO source.
                if (keepGenerated || !GeneratedFileGuard.HasGeneratedHeader(source.Text))
                {
                    sources.Add(source);
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
