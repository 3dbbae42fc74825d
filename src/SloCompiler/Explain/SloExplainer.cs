using SloCompiler.Model;

namespace SloCompiler.Explain;

/// <summary>Each SLO in plain words, in English ("en") or Spanish ("es"). STUB.</summary>
public static class SloExplainer
{
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["en", "es"];

    public static string Explain(SloProgram program, string language) => throw new NotImplementedException();
}
