using System.Text;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Writes one file the way <c>slo compile</c> writes its folder: atomically, only over a regular
/// file that starts with one of slo's own headers, never over a link, a pipe or a device node (run
/// as root, a rename over <c>/dev/full</c> would replace the device).
/// </summary>
internal static class OwnedFileWriter
{
    /// <returns>Null when written; otherwise the refusal (SLO902 or SLO906), and nothing was written.</returns>
    public static Diagnostic? Write(string fullPath, string displayPath, string content, IReadOnlyList<string> ownHeaders)
    {
        var kind = FileKinds.Of(fullPath);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            return Diagnostic.Create(DiagnosticDescriptors.OutputNotRegularFile, SourceDiscovery.Nowhere(displayPath), displayPath, FileKinds.Describe(kind));
        }

        if (kind == FileKind.Regular && !ownHeaders.Any(header => GeneratedFileGuard.StartsWith(fullPath, Encoding.UTF8.GetBytes(header))))
        {
            return Diagnostic.Create(DiagnosticDescriptors.ForeignFileInOutput, SourceDiscovery.Nowhere(displayPath), displayPath);
        }

        AtomicFileWriter.Write(fullPath, content);
        return null;
    }
}
