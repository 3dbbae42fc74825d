using SloCompiler.Emit;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Makes an output folder hold exactly the compiler's outputs: plan first (so a foreign file
/// stops the run before anything is written), then write changed files atomically and delete
/// stale files that slo generated earlier.
/// </summary>
internal static class OutputSynchronizer
{
    public static OutputPlan Plan(string outputFolder, IReadOnlyList<OutputFile> outputs)
    {
        var guard = GeneratedFileGuard.For(outputFolder);
        var missing = new List<OutputFile>();
        var differs = new List<OutputFile>();
        var foreign = new List<string>();
        var unchanged = 0;
        foreach (var output in outputs.OrderBy(o => o.RelativePath, StringComparer.Ordinal))
        {
            var full = Path.Combine(outputFolder, output.RelativePath);
            if (!File.Exists(full))
            {
                missing.Add(output);
            }
            else if (File.ReadAllText(full) == output.Content)
            {
                unchanged++;
            }
            else
            {
                differs.Add(output);
                if (!guard.IsGenerated(output.RelativePath))
                {
                    foreign.Add(output.RelativePath);
                }
            }
        }

        var wanted = outputs.Select(o => o.RelativePath).ToHashSet(StringComparer.Ordinal);
        var stale = ExistingFiles(outputFolder)
            .Where(path => !wanted.Contains(path) && guard.IsGenerated(path))
            .ToList();
        return new OutputPlan(outputFolder, missing, differs, stale, foreign, unchanged);
    }

    /// <summary>Writes and deletes what the plan says; refuses plans that would overwrite foreign files.</summary>
    public static void Apply(OutputPlan plan)
    {
        if (plan.Foreign.Count > 0)
        {
            throw new InvalidOperationException("refusing to overwrite files slo did not generate");
        }

        foreach (var output in plan.Missing.Concat(plan.Differs))
        {
            AtomicFileWriter.Write(Path.Combine(plan.OutputFolder, output.RelativePath), output.Content);
        }

        foreach (var path in plan.Stale)
        {
            var full = Path.Combine(plan.OutputFolder, path);
            File.Delete(full);
            RemoveEmptyFolders(Path.GetDirectoryName(full)!, plan.OutputFolder);
        }
    }

    /// <summary>A service that disappeared should not leave empty folders behind; the output folder itself stays.</summary>
    private static void RemoveEmptyFolders(string folder, string outputFolder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        while (current.Length > root.Length
            && current.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Directory.EnumerateFileSystemEntries(current).Any())
        {
            Directory.Delete(current);
            current = Path.GetDirectoryName(current)!;
        }
    }

    private static IEnumerable<string> ExistingFiles(string outputFolder) =>
        !Directory.Exists(outputFolder)
            ? []
            : Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal);
}
