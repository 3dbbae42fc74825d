namespace SloCompiler.Emit;

/// <summary>A generated file: path relative to the output folder (forward slashes) and its exact text.</summary>
public sealed record OutputFile(string RelativePath, string Content);
