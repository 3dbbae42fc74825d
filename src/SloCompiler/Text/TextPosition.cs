namespace SloCompiler.Text;

/// <summary>A one-based line and column, e.g. <c>12:5</c>.</summary>
public readonly record struct TextPosition(int Line, int Column);
