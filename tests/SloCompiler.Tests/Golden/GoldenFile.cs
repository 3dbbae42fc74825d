using SloCompiler.Tests.Support;
using System.Text;

namespace SloCompiler.Tests.Golden;

/// <summary>
/// Compares generated text with <c>tests/SloCompiler.Tests/Golden/&lt;name&gt;</c>.
/// <c>UPDATE_SNAPSHOTS=1</c> rewrites the snapshot instead, so reviews see the diff in git.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual) => VerifyAt($"tests/SloCompiler.Tests/Golden/{name}", actual);

    /// <summary>The same for a snapshot anywhere in the repository, e.g. beside the case files it belongs to.</summary>
    public static void VerifyAt(string repoRelativePath, string actual)
    {
        var path = RepoRoot.Combine(repoRelativePath.Split('/'));
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        File.Exists(path).Should().BeTrue($"the snapshot {path} should exist; run with UPDATE_SNAPSHOTS=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        actual.Should().Be(expected, $"the output should match {path}; run with UPDATE_SNAPSHOTS=1 if the change is intended");
    }
}
