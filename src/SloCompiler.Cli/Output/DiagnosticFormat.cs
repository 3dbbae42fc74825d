namespace SloCompiler.Cli.Output;

/// <summary>The <c>--format</c> values of <c>slo lint</c>.</summary>
internal static class DiagnosticFormat
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Github = "github";
    public const string Sarif = "sarif";
    public const string Checkstyle = "checkstyle";

    public static IReadOnlyList<string> All { get; } = [Text, Json, Github, Sarif, Checkstyle];
}
