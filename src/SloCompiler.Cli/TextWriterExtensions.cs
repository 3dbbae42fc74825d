namespace SloCompiler.Cli;

/// <summary>Line output with '\n' on every OS, so output is byte-identical in CI and on laptops.</summary>
internal static class TextWriterExtensions
{
    public static void Line(this TextWriter writer, string text = "")
    {
        writer.Write(text);
        writer.Write('\n');
    }
}
