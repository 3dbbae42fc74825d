namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// Line-level edits of a valid rule file that hit what promtool checks: lost or repeated lines, renamed keys,
/// wrong indentation, bad durations, broken templates and PromQL. Seeded by the caller, so failures reproduce.
/// </summary>
internal static class RuleFileMutator
{
    private static readonly string[] Keys = ["record", "alert", "expr", "for", "keep_firing_for", "labels", "annotations", "name", "interval", "limit", "rules", "severity", "labelz"];

    private static readonly string[] Durations = ["5x", "1h30", "-1m", "0", "1m5", "30s", "1d", "90m", "1h1h"];

    private static readonly string[] Templates = ["{{", "}}", "{{ end }}", "{{ $value }}", "{{ if }}", "{{ $labels.job | nope }}", "{{ range . }}", "{{ .Value | humanize }}", "{{/* x */}}"];

    public static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        var line = lines[at];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        switch (random.Next(7))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, line);
                break;
            case 2 when colon > 0:
                var indent = line.Length - line.TrimStart(' ', '-').Length;
                lines[at] = line[..indent] + Keys[random.Next(Keys.Length)] + line[colon..];
                break;
            case 3:
                lines[at] = random.Next(2) == 0 ? "  " + line : line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line;
                break;
            case 4 when colon > 0:
                lines[at] = line[..(colon + 1)] + " " + Durations[random.Next(Durations.Length)];
                break;
            case 5 when colon > 0 && colon + 2 < line.Length:
                var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                lines[at] = line[..(colon + 1)] + " '" + value.Replace("'", "''") + Templates[random.Next(Templates.Length)] + "'";
                break;
            default:
                var brackets = line.IndexOfAny(['(', ')', '[', ']', '{', '}', '"']);
                lines[at] = brackets < 0 ? line : line.Remove(brackets, 1);
                break;
        }

        return string.Join('\n', lines);
    }
}
