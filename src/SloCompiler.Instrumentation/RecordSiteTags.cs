using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SloCompiler.Instrumentation;

/// <summary>
/// Literal tag keys given where a Meter instrument records: <c>new KeyValuePair&lt;string, object?&gt;("route", r)</c>,
/// <c>new("route", r)</c>, <c>KeyValuePair.Create("route", r)</c>, <c>new TagList { { "route", r } }</c>, and a
/// local <c>TagList</c> filled with <c>tags.Add("route", r)</c> in the same method.
/// </summary>
internal static class RecordSiteTags
{
    public static IEnumerable<string> Keys(ExpressionSyntax expression, ConstantTable constants, int depth = 0)
    {
        if (depth > 4)
        {
            return [];
        }

        return expression switch
        {
            BaseObjectCreationExpressionSyntax creation => FromCreation(creation, constants, depth),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Create" } } create =>
                FirstString(create.ArgumentList, constants),
            ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax or CollectionExpressionSyntax =>
                expression.ChildNodes().SelectMany(c => c.ChildNodes()).OfType<ExpressionSyntax>().SelectMany(e => Keys(e, constants, depth + 1)),
            IdentifierNameSyntax local => FromLocal(local, constants, depth),
            _ => [],
        };
    }

    private static IEnumerable<string> FromCreation(BaseObjectCreationExpressionSyntax creation, ConstantTable constants, int depth)
    {
        var keys = creation.ArgumentList is { Arguments.Count: 2 } arguments ? FirstString(arguments, constants).ToList() : [];
        if (creation.Initializer is { } initializer)
        {
            foreach (var element in initializer.Expressions)
            {
                if (element is InitializerExpressionSyntax { Expressions.Count: 2 } pair && constants.String(pair.Expressions[0]) is { } key)
                {
                    keys.Add(key);
                }
                else
                {
                    keys.AddRange(Keys(element, constants, depth + 1));
                }
            }
        }

        return keys;
    }

    private static IEnumerable<string> FromLocal(IdentifierNameSyntax local, ConstantTable constants, int depth)
    {
        var body = local.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax);
        if (body is null)
        {
            return [];
        }

        var name = local.Identifier.Text;
        var keys = new List<string>();
        foreach (var node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && declarator.Identifier.Text == name)
            {
                keys.AddRange(Keys(value, constants, depth + 1));
            }
            else if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Add", Expression: IdentifierNameSyntax target } } add
                && target.Identifier.Text == name)
            {
                keys.AddRange(add.ArgumentList.Arguments.Count == 2
                    ? FirstString(add.ArgumentList, constants)
                    : add.ArgumentList.Arguments.SelectMany(a => Keys(a.Expression, constants, depth + 1)));
            }
        }

        return keys;
    }

    private static IEnumerable<string> FirstString(ArgumentListSyntax arguments, ConstantTable constants) =>
        arguments.Arguments.Count > 0 && constants.String(arguments.Arguments[0].Expression) is { } key ? [key] : [];
}
