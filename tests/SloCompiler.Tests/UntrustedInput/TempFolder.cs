namespace SloCompiler.Tests.UntrustedInput;

/// <summary>A fresh temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("slo-untrusted-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
