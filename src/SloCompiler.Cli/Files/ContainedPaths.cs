using System.Security.Cryptography;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Looks at paths inside a folder (the output folder, the working folder) the way a hostile pull
/// request cannot abuse: a path is plain (no <c>..</c>, not absolute), every folder on the way is a
/// real folder (a symbolic link there would carry a write or a delete outside), and files are read only when regular and only
/// as far as needed (a named pipe blocks, <c>/dev/zero</c> never ends).
/// </summary>
internal static class ContainedPaths
{
    /// <summary>True for <c>prometheus/a.rules.yml</c>; false for <c>../x</c>, <c>/etc/x</c>, <c>a//b</c>, <c>a\b</c>.</summary>
    public static bool IsPlain(string relativePath) =>
        relativePath.Length > 0
        && !Path.IsPathRooted(relativePath)
        && relativePath.IndexOfAny(['\\', '\0']) < 0
        && relativePath.Split('/').All(segment => segment is not ("" or "." or ".."));

    /// <summary>
    /// What <paramref name="relativePath"/> names under <paramref name="folder"/>, without following
    /// links anywhere on the way: a link or a file where a folder should be is returned as that kind.
    /// </summary>
    public static FileKind KindOf(string folder, string relativePath)
    {
        var current = folder;
        var segments = relativePath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            current = Path.Combine(current, segments[i]);
            var kind = FileKinds.Of(current);
            if (i == segments.Length - 1 || kind == FileKind.Missing)
            {
                return kind;
            }

            if (kind != FileKind.Directory)
            {
                return kind == FileKind.Regular ? FileKind.Special : kind;
            }
        }

        return FileKind.Missing;
    }

    /// <summary>The first <paramref name="maxBytes"/> bytes (fewer when the file is shorter) of a regular file.</summary>
    public static byte[] ReadAtMost(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var buffer = new byte[maxBytes];
        var total = 0;
        int read;
        while (total < maxBytes && (read = stream.Read(buffer, total, maxBytes - total)) > 0)
        {
            total += read;
        }

        return total == maxBytes ? buffer : buffer[..total];
    }

    /// <summary>Lowercase hex sha256 of a regular file's bytes, streamed (what <c>sha256sum</c> prints).</summary>
    public static string Sha256Hex(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
