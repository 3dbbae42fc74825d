using System.Text.RegularExpressions;

namespace SloCompiler.Cli.Files;

/// <summary>
/// A folder inside the output folder (<c>.slo-staging-&lt;32 hex&gt;/</c>) where <c>slo compile</c> writes each new
/// or changed output as it is generated, so the text need not stay in memory until the whole run is planned.
/// Nothing in it is visible at an output's path until <see cref="OutputSynchronizer.Apply"/> renames it
/// there (a rename within one file system is atomic); a refused or failed run deletes it, and a killed run's
/// staging folder is removed by the next run as a leftover.
/// </summary>
internal sealed partial class OutputStaging(string outputFolder) : IDisposable
{
    private string? _folder;

    /// <summary>The staging folder's full path once something was staged; null before.</summary>
    public string? Folder => _folder;

    /// <summary>Writes <paramref name="content"/> for <paramref name="relativePath"/> and returns where it is staged.</summary>
    public string Stage(string relativePath, byte[] content)
    {
        _folder ??= CreateFolder();
        var staged = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        File.WriteAllBytes(staged, content);
        return staged;
    }

    /// <summary>True for a relative path inside a staging folder (<c>.slo-staging-&lt;32 hex&gt;/…</c>).</summary>
    public static bool IsStagingPath(string relativePath) => StagingName().IsMatch(relativePath);

    public void Dispose()
    {
        if (_folder is not null && FileKinds.Of(_folder) == FileKind.Directory)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string CreateFolder()
    {
        var folder = Path.Combine(outputFolder, $".slo-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [GeneratedRegex(@"^\.slo-staging-[0-9a-f]{32}/")]
    private static partial Regex StagingName();
}
