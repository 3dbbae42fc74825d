using SloCompiler.PromQl.Syntax;

namespace SloCompiler.PromQl;

/// <summary>How deep a tree is, measured without recursion (the tree may be too deep to recurse over).</summary>
internal static class TreeDepth
{
    /// <summary>Whether <paramref name="expr"/> has more than <paramref name="limit"/> levels.</summary>
    public static bool Exceeds(Expr expr, int limit)
    {
        var pending = new Stack<(Expr Node, int Depth)>();
        pending.Push((expr, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > limit)
            {
                return true;
            }

            var depth = item.Depth + 1;
            switch (item.Node)
            {
                case MatrixSelector m:
                    pending.Push((m.Selector, depth));
                    break;
                case Subquery s:
                    pending.Push((s.Inner, depth));
                    break;
                case ParenExpr p:
                    pending.Push((p.Inner, depth));
                    break;
                case UnaryExpr u:
                    pending.Push((u.Operand, depth));
                    break;
                case CallExpr c:
                    foreach (var argument in c.Arguments)
                    {
                        pending.Push((argument, depth));
                    }

                    break;
                case AggregateExpr a:
                    if (a.Parameter is not null)
                    {
                        pending.Push((a.Parameter, depth));
                    }

                    pending.Push((a.Argument, depth));
                    break;
                case BinaryExpr b:
                    pending.Push((b.Left, depth));
                    pending.Push((b.Right, depth));
                    break;
            }
        }

        return false;
    }
}
