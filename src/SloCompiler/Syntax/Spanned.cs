using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>A value exactly as written, with where it was written, e.g. <c>"30d"</c> at 4:14.</summary>
public sealed record Spanned<T>(T Value, SourceSpan Span);
