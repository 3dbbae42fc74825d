using System.Formats.Tar;

namespace SloCompiler.Cli.Files;

/// <summary>
/// The files of a git revision, written into a temporary folder with <c>git archive</c> (the work tree,
/// the index and HEAD are never touched), so <c>slo lint --changed-since REV</c> can lint the base of a
/// pull request the same way as its head. Deleted with the object.
/// </summary>
internal sealed class BaseRevisionTree : IDisposable
{
    private BaseRevisionTree(string root, string repositoryRoot)
    {
        Root = root;
        RepositoryRoot = repositoryRoot;
    }

    /// <summary>The temporary folder holding the revision's files, laid out as the repository.</summary>
    public string Root { get; }

    public string RepositoryRoot { get; }

    public static BaseRevisionTree Extract(string revision, string workingDirectory)
    {
        var repositoryRoot = GitCommand.Run(workingDirectory, "rev-parse", "--show-toplevel").Trim();
        var root = Directory.CreateTempSubdirectory("slo-base-").FullName;
        var tree = new BaseRevisionTree(root, repositoryRoot);
        try
        {
            GitCommand.Run(repositoryRoot, ["archive", "--format=tar", revision], stream => ExtractRegularFiles(stream, root));
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    /// <summary>Where a folder of the work tree is in the base revision's copy.</summary>
    public string Map(string fullPath) =>
        Path.GetFullPath(Path.Combine(Root, Path.GetRelativePath(RepositoryRoot, fullPath)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind must not fail the lint.
        }
    }

    /// <summary>Regular files and folders only: links in the revision are skipped, never followed out of the folder.</summary>
    private static void ExtractRegularFiles(Stream tar, string root)
    {
        using var reader = new TarReader(tar);
        while (reader.GetNextEntry() is { } entry)
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(target);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    entry.ExtractToFile(target, overwrite: true);
                    break;
            }
        }
    }
}
