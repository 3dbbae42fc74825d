using System.Runtime.InteropServices;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Tells regular files from links, pipes and devices. .NET reports a named pipe or <c>/dev/zero</c>
/// as an ordinary file (<c>FileAttributes.Normal</c>), and opening a pipe blocks until a writer
/// comes, so the kind is read with <c>lstat</c> through the runtime's own native shim
/// (<c>libSystem.Native</c>, whose <c>FileStatus</c> keeps <c>Mode</c> at offset 4 on every
/// platform, unlike the C library's <c>struct stat</c>).
/// </summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return OfWindows(path);
        }

        var status = default(NativeFileStatus);
        if (LStat(path, ref status) != 0)
        {
            return FileKind.Missing;
        }

        return (status.Mode & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            LinkType => FileKind.SymbolicLink,
            _ => FileKind.Special,
        };
    }

    /// <summary>
    /// The kind of what a path finally names, following links: for paths the user named on the
    /// command line, where a link is their choice but a pipe behind it must still not be read.
    /// </summary>
    public static FileKind OfTarget(string path)
    {
        var kind = Of(path);
        if (kind != FileKind.SymbolicLink)
        {
            return kind;
        }

        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return target is null ? FileKind.Missing : Of(target.FullName);
        }
        catch (IOException)
        {
            return FileKind.Missing;
        }
    }

    /// <summary>A short phrase for messages: "a symbolic link", "a named pipe or device".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "not there (a broken symbolic link?)",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file (a named pipe, socket or device)",
    };

    private static FileKind OfWindows(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return FileKind.Missing;
        }

        var attributes = File.GetAttributes(path);
        return (attributes & FileAttributes.ReparsePoint) != 0 ? FileKind.SymbolicLink
            : (attributes & FileAttributes.Directory) != 0 ? FileKind.Directory
            : FileKind.Regular;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref NativeFileStatus status);

    /// <summary>The runtime's <c>FileStatus</c>: only <c>Mode</c> is read; the rest is room for whatever the runtime version fills in.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
    }
}
