using System.Text;
using System.Text.Json.Nodes;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// The panels of a dashboard too big to hold as one JSON tree (the executive overview of a thousand-service
/// fleet is megabytes of JSON and several times that as a tree): each panel is serialised as it is laid out
/// and dropped, and <see cref="Serialize"/> splices the text into the dashboard where its empty
/// <c>panels</c> array stands. The bytes are exactly those of serialising the whole tree: the writer indents
/// two spaces a level, so a panel written alone is shifted four spaces to sit at its depth (JSON strings hold
/// no raw line breaks, so every line of the panel is its own).
/// </summary>
internal sealed class StreamedPanels
{
    private const string EmptyPanels = "\n  \"panels\": [],";
    private const string PanelIndent = "    ";

    private readonly StringBuilder text = new();

    public void Add(JsonObject panel)
    {
        var json = GrafanaJson.Serialize(panel);
        text.Append(text.Length == 0 ? "\n" : ",\n");
        text.Append(PanelIndent).Append(json.AsSpan(0, json.Length - 1).ToString().Replace("\n", "\n" + PanelIndent, StringComparison.Ordinal));
    }

    /// <summary>The dashboard's text with the panels in place of its empty <c>panels</c> array.</summary>
    public string Serialize(JsonObject dashboard)
    {
        var shell = GrafanaJson.Serialize(dashboard);
        if (text.Length == 0)
        {
            return shell;
        }

        var at = shell.IndexOf(EmptyPanels, StringComparison.Ordinal);
        if (at < 0 || shell.IndexOf(EmptyPanels, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("the dashboard shell needs exactly one empty top-level panels array");
        }

        // One allocation of the final size: the panels are copied once, from the builder into the result.
        const string open = "\n  \"panels\": [";
        const string close = "\n  ],";
        var tail = shell.Length - at - EmptyPanels.Length;
        return string.Create(at + open.Length + text.Length + close.Length + tail, (shell, at, text), static (span, state) =>
        {
            var (shell, at, text) = state;
            shell.AsSpan(0, at).CopyTo(span);
            span = span[at..];
            open.CopyTo(span);
            span = span[open.Length..];
            text.CopyTo(0, span, text.Length);
            span = span[text.Length..];
            close.CopyTo(span);
            shell.AsSpan(at + EmptyPanels.Length).CopyTo(span[close.Length..]);
        });
    }
}
