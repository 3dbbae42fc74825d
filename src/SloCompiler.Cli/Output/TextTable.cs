using System.Text;

namespace SloCompiler.Cli.Output;

/// <summary>A header and rows as aligned plain text (two spaces between columns) or as a Markdown table.</summary>
internal static class TextTable
{
    public static string Aligned(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToList();
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.Append(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }

    public static string Markdown(IReadOnlyList<string[]> rows)
    {
        var builder = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            builder.Append("| ").Append(string.Join(" | ", rows[r].Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
            if (r == 0)
            {
                builder.Append('|').Append(string.Concat(rows[0].Select(_ => "---|"))).Append('\n');
            }
        }

        return builder.ToString();
    }
}
