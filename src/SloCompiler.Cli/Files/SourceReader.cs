using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Reads discovered files; an unreadable file, a pipe or a device becomes SLO901 instead of a crash or a
/// hang, an undecodable one SLO190/SLO191.
/// </summary>
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
            // Our own output (e.g. generated/*.rules.yml under a linted folder) is not an SLO source.
            if (ReadOne(file, diagnostics) is { } source && (keepGenerated || !GeneratedFileGuard.HasGeneratedHeader(source.Text)))
            {
                sources.Add(source);
            }
        }

        return sources;
    }

    /// <summary>
    /// A file an option names (<c>--policy</c>, <c>--alertmanager-config</c>, <c>--alertmanager-base</c>): null when the
    /// option is absent; a missing file is reported as <c>PathNotFound</c>, like any missing input.
    /// </summary>
    public static SourceFile? ReadOptionFile(string? path, CliContext context, DiagnosticBag diagnostics)
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

        return ReadOne(new DiscoveredFile(full, context.DisplayPath(full)), diagnostics);
    }

    /// <summary>
    /// One file (a source, a settings or project file, a catalog's origin): null, with the reason reported,
    /// when it is not a regular file, cannot be read or cannot be decoded.
    /// </summary>
    public static SourceFile? ReadOne(DiscoveredFile file, DiagnosticBag diagnostics)
    {
        var kind = FileKinds.OfTarget(file.FullPath);
        if (kind != FileKind.Regular)
        {
            // A named pipe would block the read forever and /dev/zero would never end.
            diagnostics.Report(DiagnosticDescriptors.CannotReadFile, SourceDiscovery.Nowhere(file.DisplayPath), file.DisplayPath, FileKinds.Describe(kind));
            return null;
        }

        try
        {
            // Undecodable bytes and control characters are reported (SLO190, SLO191) and the file is not read.
            return SourceDecoder.Decode(file.DisplayPath, File.ReadAllBytes(file.FullPath), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticDescriptors.CannotReadFile, SourceDiscovery.Nowhere(file.DisplayPath), file.DisplayPath, e.Message);
            return null;
        }
    }
}
