namespace SloCompiler.Cli.Files;

/// <summary>An entry a folder walk met that is not a folder it went into: a file, a link or a special file.</summary>
internal sealed record WalkedEntry(string FullPath, FileKind Kind);

/// <summary>
/// Walks a folder tree without ever following a symbolic link: a link (to a file or a folder) is
/// returned as a link and not entered, so a loop, a link to <c>/</c> or to a folder outside the tree
/// cannot make the walk read, write or delete anything there. Entries come in ordinal order.
/// </summary>
internal static class FolderWalk
{
    /// <param name="skipFolder">Folders (full paths) not entered, e.g. <c>bin</c> or the output folder.</param>
    public static IEnumerable<WalkedEntry> Entries(string root, Func<string, bool> skipFolder)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var folders = new List<string>();
            foreach (var entry in Directory.EnumerateFileSystemEntries(current).Order(StringComparer.Ordinal))
            {
                var kind = FileKinds.Of(entry);
                if (kind == FileKind.Directory)
                {
                    if (!skipFolder(entry))
                    {
                        folders.Add(entry);
                    }
                }
                else if (kind != FileKind.Missing)
                {
                    yield return new WalkedEntry(entry, kind);
                }
            }

            for (var i = folders.Count - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }
}
