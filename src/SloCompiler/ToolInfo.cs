namespace SloCompiler;

/// <summary>The tool's name and version, as written into every generated file's header.</summary>
public static class ToolInfo
{
    public const string Name = "slo";

    public const string Version = "0.1.0";
}
