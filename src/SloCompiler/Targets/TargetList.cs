using SloCompiler.Emit;

namespace SloCompiler.Targets;

/// <summary>
/// What <c>--target</c> (repeatable, or comma-separated) and <c>target:</c> say: at most one packaging value
/// (<c>files</c> | <c>kubernetes</c>) and at most one ruler (<see cref="RulerTarget.All"/>), in any order, e.g.
/// <c>kubernetes,vmalert</c>. Null fields were not given.
/// </summary>
public sealed record TargetList(OutputTarget? Packaging, RulerTarget? Ruler)
{
    /// <summary>The packaging values, as they are written.</summary>
    public static IReadOnlyList<string> PackagingNames { get; } = ["files", "kubernetes"];

    /// <summary>Every value a target list accepts, for help texts and messages.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. PackagingNames, .. RulerTarget.All.Select(t => t.Name)];

    /// <summary>The values read, or a message saying what is wrong with them (null list then).</summary>
    public static (TargetList? List, string? Problem) Parse(IEnumerable<string> values)
    {
        OutputTarget? packaging = null;
        RulerTarget? ruler = null;
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (PackagingNames.Contains(value, StringComparer.Ordinal))
            {
                var given = value == "kubernetes" ? OutputTarget.Kubernetes : OutputTarget.Files;
                if (packaging is { } earlier && earlier != given)
                {
                    return (null, $"'{value}' and '{Name(earlier)}' are both packaging targets; give one of files, kubernetes");
                }

                packaging = given;
            }
            else if (RulerTarget.Parse(value) is { } target)
            {
                if (ruler is { } earlier && earlier != target)
                {
                    return (null, $"'{value}' and '{earlier.Name}' are both rulers; give one of {string.Join(", ", RulerTarget.All.Select(t => t.Name))}");
                }

                ruler = target;
            }
            else
            {
                return (null, $"unknown target '{value}'; use one of {string.Join(", ", Names)}");
            }
        }

        return (new TargetList(packaging, ruler), null);
    }

    private static string Name(OutputTarget target) => target == OutputTarget.Kubernetes ? "kubernetes" : "files";
}
