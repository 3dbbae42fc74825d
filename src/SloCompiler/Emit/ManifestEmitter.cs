using SloCompiler.Text;

namespace SloCompiler.Emit;

/// <summary><c>manifest.json</c>: tool version and sha256 of every input and output. STUB.</summary>
public static class ManifestEmitter
{
    public static OutputFile Emit(IReadOnlyList<SourceFile> sources, IReadOnlyList<OutputFile> outputs) =>
        throw new NotImplementedException();
}
