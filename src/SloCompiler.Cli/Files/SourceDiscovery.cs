using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// A source file found on disk: where it is and how diagnostics print it. <paramref name="Named"/> when the user named
/// the file itself (a file found in a folder may be anyone's YAML; a named one should be an SLO source).
/// </summary>
internal sealed record DiscoveredFile(string FullPath, string DisplayPath, bool Named = false);

/// <summary>
/// Turns PATH arguments (files or folders) into a sorted list of SLO source files. Folders are
/// searched recursively for <c>*.slo</c>, <c>*.yaml</c> and <c>*.yml</c>; build and tool folders are
/// skipped and links inside a folder are not followed. The order is ordinal by printed path so
/// output never depends on the file system.
/// </summary>
internal static class SourceDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git" };

    /// <param name="excludedFolder">A folder never searched, e.g. the output folder of <c>slo compile</c>.</param>
    public static IReadOnlyList<DiscoveredFile> Discover(
        IReadOnlyList<string> paths, CliContext context, DiagnosticBag diagnostics, string? excludedFolder = null)
    {
        var found = new Dictionary<string, DiscoveredFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = context.FullPath(path);
            var before = found.Count;
            if (File.Exists(full))
            {
                // An explicitly named file is the user's choice, whatever its extension.
                found.TryAdd(full, new DiscoveredFile(full, context.DisplayPath(full), Named: true));
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Search(full, excludedFolder, context, diagnostics))
                {
                    Add(found, file, context);
                }

                if (found.Count == before && !found.Values.Any(f => IsUnder(f.FullPath, full)))
                {
                    diagnostics.Report(DiagnosticDescriptors.NoSourceFiles, Nowhere(path), path);
                }
            }
            else
            {
                diagnostics.Report(DiagnosticDescriptors.PathNotFound, Nowhere(path), path);
            }
        }

        return found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>A position for file-level diagnostics that have no text to point into.</summary>
    internal static SourceSpan Nowhere(string path) => new(new SourceFile(path, string.Empty), 0, 0);

    /// <summary>
    /// Candidate files under a folder. Links are never followed (a loop or a link to <c>/</c> must
    /// not be walked): a link where a source or a folder would be is SLO905, so nothing is skipped
    /// silently. Pipes and devices are returned so the reader reports them.
    /// </summary>
    private static IEnumerable<string> Search(string folder, string? excludedFolder, CliContext context, DiagnosticBag diagnostics)
    {
        bool Skip(string child) =>
            SkippedFolders.Contains(Path.GetFileName(child)) || (excludedFolder is not null && SamePath(child, excludedFolder));

        foreach (var entry in FolderWalk.Entries(folder, Skip))
        {
            if (entry.Kind == FileKind.SymbolicLink)
            {
                if (SourceParser.IsCandidate(entry.FullPath) || (Directory.Exists(entry.FullPath) && !Skip(entry.FullPath)))
                {
                    var shown = context.DisplayPath(entry.FullPath);
                    diagnostics.Report(DiagnosticDescriptors.SymbolicLinkNotFollowed, Nowhere(shown), shown);
                }
            }
            else if (SourceParser.IsCandidate(entry.FullPath))
            {
                yield return entry.FullPath;
            }
        }
    }

    private static void Add(Dictionary<string, DiscoveredFile> found, string full, CliContext context) =>
        found.TryAdd(full, new DiscoveredFile(full, context.DisplayPath(full)));

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    private static bool IsUnder(string file, string folder) =>
        file.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
