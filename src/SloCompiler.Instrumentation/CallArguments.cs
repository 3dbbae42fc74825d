using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SloCompiler.Instrumentation;

/// <summary>Arguments of a call by parameter position or name (<c>unit: "ms"</c>), as C# binds them.</summary>
internal sealed class CallArguments(ArgumentListSyntax list)
{
    private readonly List<ArgumentSyntax> _positional = list.Arguments.Where(a => a.NameColon is null).ToList();

    public IReadOnlyList<ArgumentSyntax> Positional => _positional;

    /// <summary>The argument named <paramref name="name"/>, else the one at <paramref name="position"/> (<c>int.MaxValue</c>: by name only).</summary>
    public ExpressionSyntax? Get(int position, string name) =>
        list.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == name)?.Expression
        ?? (position < _positional.Count ? _positional[position].Expression : null);

    /// <summary>Positional arguments from <paramref name="position"/> on (a <c>params</c> array).</summary>
    public IReadOnlyList<ExpressionSyntax> From(int position) => _positional.Skip(position).Select(a => a.Expression).ToList();
}
