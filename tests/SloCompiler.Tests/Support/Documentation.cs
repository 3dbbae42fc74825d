namespace SloCompiler.Tests.Support;

/// <summary>The documentation: README.md (the front page) and the reference pages under docs/.</summary>
internal static class Documentation
{
    /// <summary>One page under docs/, e.g. "language.md", with '\n' line endings.</summary>
    public static string Page(string name) => File.ReadAllText(PagePath(name)).ReplaceLineEndings("\n");

    public static string PagePath(string name) => RepoRoot.Combine("docs", name);

    /// <summary>README.md and every docs/ page, each with its repository-relative path.</summary>
    public static IReadOnlyList<(string Path, string Text)> All() =>
        [
            ("README.md", File.ReadAllText(RepoRoot.Combine("README.md")).ReplaceLineEndings("\n")),
            .. Directory.GetFiles(RepoRoot.Combine("docs"), "*.md")
                .Order(StringComparer.Ordinal)
                .Select(p => ("docs/" + Path.GetFileName(p), File.ReadAllText(p).ReplaceLineEndings("\n"))),
        ];
}
