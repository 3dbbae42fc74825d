using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Keeps two <c>slo compile</c> runs from writing one output folder at the same time (which left a
/// mix of both runs' files). On Unix the folder itself is locked with <c>flock</c>: no lock file is
/// left behind to commit or clean, a killed run's lock goes with its process, and two spellings of
/// one folder share one lock. Writers take it exclusively; <c>--check</c> takes it shared, so it
/// never compares against a half-written folder. On Windows a <c>.slo.lock</c> file opened without
/// sharing and deleted on close does the same.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    private const int ReadOnlyCloseOnExec = 0x0010; // PAL_O_RDONLY | PAL_O_CLOEXEC
    private const int Shared = 1;
    private const int Exclusive = 2;
    private const int NonBlocking = 4;

    private readonly IDisposable? _held;

    private OutputFolderLock(IDisposable? held) => _held = held;

    /// <summary>
    /// Waits up to <paramref name="wait"/> for the lock; null when another run still holds it. A folder
    /// that is not a real folder (missing for <c>--check</c>, a link) needs no lock: the plan refuses it.
    /// </summary>
    public static OutputFolderLock? Acquire(string folder, bool exclusive, TimeSpan wait)
    {
        if (exclusive && FileKinds.Of(folder) == FileKind.Missing)
        {
            Directory.CreateDirectory(folder);
        }

        if (FileKinds.Of(folder) != FileKind.Directory)
        {
            return new OutputFolderLock(null);
        }

        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (TryLock(folder, exclusive) is { } held)
            {
                return new OutputFolderLock(held);
            }

            if (DateTime.UtcNow >= deadline)
            {
                return null;
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose() => _held?.Dispose();

    private static IDisposable? TryLock(string folder, bool exclusive)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new FileStream(Path.Combine(folder, ".slo.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                return null;
            }
        }

        var descriptor = Open(folder, ReadOnlyCloseOnExec, 0);
        if (descriptor == -1)
        {
            throw new IOException($"cannot open output folder '{folder}' to lock it");
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (FLock(handle, (exclusive ? Exclusive : Shared) | NonBlocking) == 0)
        {
            return handle;
        }

        handle.Dispose();
        return null;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Open")]
    private static extern nint Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FLock")]
    private static extern int FLock(SafeFileHandle descriptor, int operation);
}
