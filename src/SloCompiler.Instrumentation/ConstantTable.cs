using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SloCompiler.Instrumentation;

/// <summary>
/// The constant strings and string arrays declared in the scanned files (<c>const string Name = "x"</c>,
/// <c>static readonly string[] Labels = { Method, "code" }</c>), found by name without a compilation:
/// a member is known as <c>Name</c> and <c>Type.Name</c>. Two different values under one simple name
/// make that simple name ambiguous, and only the qualified form resolves.
/// </summary>
internal sealed class ConstantTable
{
    private readonly Dictionary<string, ExpressionSyntax?> _fields = new(StringComparer.Ordinal);

    // Consts may refer to consts; a cycle (const A = B; const B = A;) would recurse forever.
    private const int MaxDepth = 32;
    private int _depth;

    public void AddDeclarations(SyntaxNode root)
    {
        foreach (var field in root.DescendantNodes().OfType<FieldDeclarationSyntax>())
        {
            var isConstant = field.Modifiers.Any(SyntaxKind.ConstKeyword)
                || (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword));
            if (!isConstant || field.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer?.Value is { } value)
                {
                    Add(variable.Identifier.Text, value);
                    Add($"{type.Identifier.Text}.{variable.Identifier.Text}", value);
                }
            }
        }

        foreach (var local in root.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Where(l => l.IsConst))
        {
            foreach (var variable in local.Declaration.Variables)
            {
                if (variable.Initializer?.Value is { } value)
                {
                    Add(variable.Identifier.Text, value);
                }
            }
        }
    }

    /// <summary>The string an expression always has, or null when it depends on run time.</summary>
    public string? String(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated => Interpolated(interpolated),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) =>
            String(binary.Left) is { } left && String(binary.Right) is { } right ? left + right : null,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.Text: "nameof" } } nameOf =>
            nameOf.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } target ? LastName(target) : null,
        ParenthesizedExpressionSyntax parenthesized => String(parenthesized.Expression),
        IdentifierNameSyntax or MemberAccessExpressionSyntax => Follow(expression, String),
        _ => null,
    };

    /// <summary>The strings of an array or collection expression, or null when any item is not constant.</summary>
    public IReadOnlyList<string>? Strings(ExpressionSyntax? expression)
    {
        var items = Items(expression);
        if (items is null)
        {
            return String(expression) is { } single ? [single] : null;
        }

        var values = items.Select(String).ToList();
        return values.Any(v => v is null) ? null : values.OfType<string>().ToList();
    }

    /// <summary>The numbers of a <c>new[] { 0.1, 0.25 }</c>, or null when not all literal.</summary>
    public IReadOnlyList<decimal>? Numbers(ExpressionSyntax? expression)
    {
        var items = Items(expression);
        if (items is null)
        {
            return null;
        }

        var values = items.Select(Number).ToList();
        return values.Any(v => v is null) ? null : values.OfType<decimal>().ToList();
    }

    public decimal? Number(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) =>
            decimal.TryParse(literal.Token.ValueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
        PrefixUnaryExpressionSyntax { OperatorToken.Text: "-" } negative => -Number(negative.Operand),
        IdentifierNameSyntax or MemberAccessExpressionSyntax => Follow(expression, Number),
        _ => null,
    };

    private IEnumerable<ExpressionSyntax>? Items(ExpressionSyntax? expression) => expression switch
    {
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        InitializerExpressionSyntax initializer => initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
        IdentifierNameSyntax or MemberAccessExpressionSyntax => Follow(expression, Items),
        _ => null,
    };

    private string? Interpolated(InterpolatedStringExpressionSyntax interpolated)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            var part = content switch
            {
                InterpolatedStringTextSyntax text => text.TextToken.ValueText,
                InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole => String(hole.Expression),
                _ => null,
            };
            if (part is null)
            {
                return null;
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private T? Follow<T>(ExpressionSyntax name, Func<ExpressionSyntax?, T?> read)
    {
        if (_depth >= MaxDepth || Lookup(name) is not { } value)
        {
            return default;
        }

        _depth++;
        try
        {
            return read(value);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The initializer a name refers to, or null when unknown or ambiguous.</summary>
    private ExpressionSyntax? Lookup(ExpressionSyntax expression)
    {
        var key = expression switch
        {
            MemberAccessExpressionSyntax member when member.Expression is IdentifierNameSyntax owner => $"{owner.Identifier.Text}.{member.Name.Identifier.Text}",
            MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
            _ => ((IdentifierNameSyntax)expression).Identifier.Text,
        };
        return _fields.TryGetValue(key, out var value) ? value
            : expression is MemberAccessExpressionSyntax access ? _fields.GetValueOrDefault(access.Name.Identifier.Text) : null;
    }

    private void Add(string name, ExpressionSyntax value)
    {
        if (_fields.TryGetValue(name, out var existing) && (existing is null || !existing.IsEquivalentTo(value)))
        {
            _fields[name] = null;
            return;
        }

        _fields[name] = value;
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        _ => null,
    };
}
