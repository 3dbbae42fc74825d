using System.Text;
using System.Text.RegularExpressions;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Writes a file so readers (Prometheus' file watcher, a GitOps sync) never see half of it: the
/// text goes to a temporary file in the same folder, which is then renamed over the target.
/// The same folder matters: a rename is only atomic within one file system.
/// </summary>
internal static partial class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        if (FileKinds.Of(path) is not (FileKind.Missing or FileKind.Regular))
        {
            // A rename would replace a link or a device node (run as root: /dev/full) with a file.
            throw new IOException($"'{path}' is {FileKinds.Describe(FileKinds.Of(path))}; slo replaces only regular files");
        }

        try
        {
            File.WriteAllText(temporary, content, Utf8NoBom);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>True for the name of a temporary file this writer makes (<c>.a.rules.yml.&lt;32 hex&gt;.tmp</c>), which a killed run leaves behind.</summary>
    public static bool IsTemporaryFile(string fileName) => TemporaryName().IsMatch(fileName);

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
