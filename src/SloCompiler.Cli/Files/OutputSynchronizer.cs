using SloCompiler.Emit;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Makes an output folder hold exactly the compiler's outputs: plan first (so a foreign file or a
/// link in the way stops the run before anything is written), then write changed files atomically
/// and delete stale files. A file is stale only when the previous manifest lists it, it is still a
/// regular file inside the folder (no link on the way) and its sha256 is still the one slo wrote:
/// slo deletes nothing else, whatever its first line says. Links are never followed.
/// </summary>
internal static class OutputSynchronizer
{
    /// <summary>The plan for exactly <paramref name="outputs"/>, compared only (nothing staged): what <c>--check</c> needs.</summary>
    public static OutputPlan Plan(string outputFolder, IReadOnlyList<OutputFile> outputs) =>
        Plan(outputFolder, outputs, manifest: null, staging: null);

    /// <summary>
    /// Plans the outputs one at a time as they are generated: each is compared with the folder, hashed, and —
    /// when <paramref name="staging"/> is given and it is new or changed — written to the staging folder, so
    /// only its path and hash stay in memory. <paramref name="manifest"/> builds the last output from the
    /// hashes of all the others.
    /// </summary>
    public static OutputPlan Plan(
        string outputFolder,
        IEnumerable<OutputFile> outputs,
        Func<IReadOnlyList<(string Path, string Sha256)>, OutputFile>? manifest,
        OutputStaging? staging)
    {
        var folderKind = FileKinds.Of(outputFolder);
        if (folderKind is not (FileKind.Directory or FileKind.Missing))
        {
            // The folder itself is a link or a file: nothing in it is looked at, nothing is written.
            return new OutputPlan(outputFolder, [], [], [], [], 0) { Blocked = [(string.Empty, folderKind)] };
        }

        var guard = GeneratedFileGuard.For(outputFolder);
        var missing = new List<PlannedOutput>();
        var differs = new List<PlannedOutput>();
        var foreign = new List<string>();
        var blocked = new List<(string, FileKind)>();
        var hashes = new List<(string Path, string Sha256)>();
        var unchanged = 0;

        void PlanOne(OutputFile output)
        {
            var bytes = output.Utf8Bytes();
            hashes.Add((output.RelativePath, ManifestEmitter.Sha256Hex(bytes)));
            var kind = ContainedPaths.KindOf(outputFolder, output.RelativePath);
            if (kind == FileKind.Missing)
            {
                missing.Add(new PlannedOutput(output.RelativePath, staging?.Stage(output.RelativePath, bytes)));
            }
            else if (kind != FileKind.Regular)
            {
                blocked.Add((output.RelativePath, kind));
            }
            else if (HasContent(Path.Combine(outputFolder, output.RelativePath), bytes))
            {
                unchanged++;
            }
            else
            {
                differs.Add(new PlannedOutput(output.RelativePath, staging?.Stage(output.RelativePath, bytes)));
                if (!guard.IsGenerated(output.RelativePath))
                {
                    foreign.Add(output.RelativePath);
                }
            }
        }

        foreach (var output in outputs)
        {
            PlanOne(output);
        }

        if (manifest is not null)
        {
            PlanOne(manifest(hashes));
        }

        missing.Sort((a, b) => StringComparer.Ordinal.Compare(a.RelativePath, b.RelativePath));
        differs.Sort((a, b) => StringComparer.Ordinal.Compare(a.RelativePath, b.RelativePath));
        foreign.Sort(StringComparer.Ordinal);
        blocked.Sort((a, b) => StringComparer.Ordinal.Compare(a.Item1, b.Item1));

        var wanted = hashes.Select(h => h.Path).ToHashSet(StringComparer.Ordinal);
        var stale = new List<string>();
        var kept = new List<string>();
        var ignored = new List<string>();
        foreach (var (path, sha256) in guard.PreviousOutputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (wanted.Contains(path))
            {
                continue;
            }

            if (!ContainedPaths.IsPlain(path))
            {
                ignored.Add(path);
                continue;
            }

            var kind = ContainedPaths.KindOf(outputFolder, path);
            if (kind == FileKind.Regular && sha256 == ContainedPaths.Sha256Hex(Path.Combine(outputFolder, path)))
            {
                stale.Add(path);
            }
            else if (kind != FileKind.Missing)
            {
                kept.Add(path);
            }
        }

        return new OutputPlan(outputFolder, missing, differs, stale, foreign, unchanged)
        {
            Blocked = blocked,
            KeptStale = kept,
            IgnoredManifestPaths = ignored,
            Leftovers = Leftovers(outputFolder, staging?.Folder),
        };
    }

    /// <summary>Writes and deletes what the plan says; refuses plans that would overwrite what slo does not own.</summary>
    public static void Apply(OutputPlan plan)
    {
        if (plan.IsRefused)
        {
            throw new InvalidOperationException("refusing to overwrite files slo did not generate");
        }

        foreach (var path in plan.Leftovers)
        {
            DeleteRegularFile(plan.OutputFolder, path);
            RemoveEmptyFolders(Path.GetDirectoryName(Path.Combine(plan.OutputFolder, path))!, plan.OutputFolder);
        }

        foreach (var output in plan.Missing.Concat(plan.Differs))
        {
            if (ContainedPaths.KindOf(plan.OutputFolder, output.RelativePath) is not (FileKind.Missing or FileKind.Regular))
            {
                throw new IOException($"'{output.RelativePath}' changed into a link or special file while slo was writing; nothing more was written");
            }

            var staged = output.StagedPath ?? throw new InvalidOperationException("a plan made without staging can only be reported, not applied");
            var target = Path.Combine(plan.OutputFolder, output.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(staged, target, overwrite: true);
        }

        foreach (var path in plan.Stale)
        {
            DeleteRegularFile(plan.OutputFolder, path);
            RemoveEmptyFolders(Path.GetDirectoryName(Path.Combine(plan.OutputFolder, path))!, plan.OutputFolder);
        }
    }

    private static void DeleteRegularFile(string outputFolder, string relativePath)
    {
        if (ContainedPaths.KindOf(outputFolder, relativePath) == FileKind.Regular)
        {
            File.Delete(Path.Combine(outputFolder, relativePath));
        }
    }

    /// <summary>Compares bytes, reading at most one byte more than the expected content (a huge file is not loaded).</summary>
    private static bool HasContent(string path, byte[] expected) =>
        ContainedPaths.ReadAtMost(path, expected.Length + 1).AsSpan().SequenceEqual(expected);

    /// <summary>Temporary files of <see cref="AtomicFileWriter"/> that a killed run left, found without following links.</summary>
    private static List<string> Leftovers(string outputFolder, string? currentStaging) =>
        !Directory.Exists(outputFolder)
            ? []
            : FolderWalk.Entries(outputFolder, folder => folder == currentStaging)
                .Select(e => (e.Kind, Path: Path.GetRelativePath(outputFolder, e.FullPath).Replace('\\', '/')))
                .Where(e => e.Kind == FileKind.Regular && (AtomicFileWriter.IsTemporaryFile(Path.GetFileName(e.Path)) || OutputStaging.IsStagingPath(e.Path)))
                .Select(e => e.Path)
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>A service that disappeared should not leave empty folders behind; the output folder itself stays.</summary>
    private static void RemoveEmptyFolders(string folder, string outputFolder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        while (current.Length > root.Length
            && current.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && FileKinds.Of(current) == FileKind.Directory
            && !Directory.EnumerateFileSystemEntries(current).Any())
        {
            Directory.Delete(current);
            current = Path.GetDirectoryName(current)!;
        }
    }
}
