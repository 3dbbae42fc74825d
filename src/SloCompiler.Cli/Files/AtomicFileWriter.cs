using System.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Writes a file so readers (Prometheus' file watcher, a GitOps sync) never see half of it: the
/// text goes to a temporary file in the same folder, which is then renamed over the target.
/// The same folder matters: a rename is only atomic within one file system.
/// </summary>
internal static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
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
}
