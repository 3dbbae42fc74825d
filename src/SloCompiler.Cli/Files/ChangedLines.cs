using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SloCompiler.Cli.Files;

/// <summary>
/// The lines of each file that differ from a git revision: committed, staged and unstaged changes
/// (<c>git diff --unified=0 REV</c>) plus untracked files, which count as changed throughout. This is
/// what <c>slo lint --changed-since REV</c> reports on, the way pint's <c>ci</c> mode does.
/// </summary>
internal sealed partial class ChangedLines
{
    private readonly Dictionary<string, List<(int First, int Last)>> _byFile;
    private readonly HashSet<string> _wholeFiles;

    private ChangedLines(Dictionary<string, List<(int First, int Last)>> byFile, HashSet<string> wholeFiles)
    {
        _byFile = byFile;
        _wholeFiles = wholeFiles;
    }

    /// <summary>Asks git in <paramref name="workingDirectory"/>; a failure is a usage error with git's own message.</summary>
    public static ChangedLines Since(string revision, string workingDirectory)
    {
        if (revision.StartsWith('-'))
        {
            throw new UsageException($"--changed-since: '{revision}' is not a git revision", "give e.g. origin/main or HEAD~1");
        }

        if (revision.Contains("..", StringComparison.Ordinal))
        {
            // git diff A..B compares two commits and ignores the work tree; HEAD..HEAD hides everything.
            throw new UsageException(
                $"--changed-since takes one revision, not the range '{revision}'",
                "give the base the pull request started from, e.g. origin/main; slo compares it with the work tree");
        }

        var root = GitCommand.Run(workingDirectory, "rev-parse", "--show-toplevel").Trim();
        var diff = GitCommand.Run(root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--unified=0", "--no-renames", revision, "--");
        var untracked = GitCommand.Run(root, "ls-files", "--others", "--exclude-standard", "-z");

        var byFile = ParseDiff(diff, root);
        var whole = untracked.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Normalize(Path.Combine(root, p)))
            .ToHashSet(StringComparer.Ordinal);
        return new ChangedLines(byFile, whole);
    }

    /// <summary>True when any line from <paramref name="firstLine"/> to <paramref name="lastLine"/> (1-based) changed.</summary>
    public bool Touches(string fullPath, int firstLine, int lastLine)
    {
        var path = Normalize(fullPath);
        if (_wholeFiles.Contains(path))
        {
            return true;
        }

        return _byFile.TryGetValue(path, out var hunks) && hunks.Any(h => h.First <= lastLine && firstLine <= h.Last);
    }

    /// <summary>
    /// Reads the <c>+++ b/path</c> and <c>@@ -a,b +c,d @@</c> lines of a zero-context diff. A hunk that
    /// only deletes (<c>d = 0</c>) marks the lines on both sides of the cut, so the rule that lost
    /// lines is still reported.
    /// </summary>
    internal static Dictionary<string, List<(int First, int Last)>> ParseDiff(string diff, string root)
    {
        var result = new Dictionary<string, List<(int First, int Last)>>(StringComparer.Ordinal);
        List<(int First, int Last)>? current = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                // The quotes, when git adds them, enclose the "b/" prefix too: "b/caf\303\251.slo".
                var target = GitQuotedPath.Unquote(line[4..]);
                current = null;
                if (target.StartsWith("b/", StringComparison.Ordinal))
                {
                    var path = Normalize(Path.Combine(root, target[2..]));
                    current = result.TryGetValue(path, out var existing) ? existing : result[path] = [];
                }

                continue;
            }

            var hunk = HunkHeader().Match(line);
            if (current is null || !hunk.Success)
            {
                continue;
            }

            var start = int.Parse(hunk.Groups["start"].Value, CultureInfo.InvariantCulture);
            var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
            current.Add(count == 0 ? (Math.Max(start, 1), start + 1) : (start, start + count - 1));
        }

        return result;
    }

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex HunkHeader();
}
