namespace SloCompiler.Cli.Files;

/// <summary>What a path names, looked at without following a symbolic link (<c>lstat</c>).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A named pipe, socket or device node: reading one can block forever or never end.</summary>
    Special,
}
