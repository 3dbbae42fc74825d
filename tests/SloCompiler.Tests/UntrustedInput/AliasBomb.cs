using System.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>"Billion laughs" in YAML: each anchored node repeats the previous one <c>width</c> times.</summary>
internal static class AliasBomb
{
    /// <summary>
    /// Flow lists <c>&amp;l0 [lol, …]</c>, <c>&amp;l1 [*l0, …]</c> … written as the items of a block list at
    /// <paramref name="indent"/>; the last one stands for width^(levels+1) scalars.
    /// </summary>
    public static string Lists(int levels, int width, string indent)
    {
        var text = new StringBuilder();
        text.Append(indent).Append("- &l0 [").AppendJoin(", ", Enumerable.Repeat("lol", width)).Append("]\n");
        for (var level = 1; level <= levels; level++)
        {
            text.Append(indent).Append($"- &l{level} [").AppendJoin(", ", Enumerable.Repeat($"*l{level - 1}", width)).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>Alertmanager routes <c>&amp;r1 {receiver: x, routes: [*r0, …]}</c>: a routing tree of width^levels leaves.</summary>
    public static string Routes(int levels, int width, string indent)
    {
        var text = new StringBuilder();
        text.Append(indent).Append("- &r0 {receiver: team}\n");
        for (var level = 1; level <= levels; level++)
        {
            text.Append(indent).Append($"- &r{level} {{receiver: team, routes: [").AppendJoin(", ", Enumerable.Repeat($"*r{level - 1}", width)).Append("]}\n");
        }

        return text.ToString();
    }
}
