using System.Text.Json.Nodes;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// Places panels on Grafana's 24-column grid, top to bottom, and numbers them. Ids and positions
/// follow emission order only, so the same model always yields the same layout.
/// </summary>
internal sealed class PanelLayout(Action<JsonObject>? sink = null)
{
    public const int Columns = 24;

    private readonly JsonArray panels = [];
    private int nextId = 1;
    private int y;
    private int x;
    private int lineHeight;

    public JsonArray Panels => panels;

    /// <summary>An expanded row header; the panels after it belong to it until the next row.</summary>
    public void Row(string title)
    {
        NewLine();
        Place(new JsonObject
        {
            ["collapsed"] = false,
            ["gridPos"] = GrafanaJson.GridPos(0, y, Columns, 1),
            ["id"] = nextId++,
            ["panels"] = new JsonArray(),
            ["title"] = title,
            ["type"] = "row",
        });
        y += 1;
    }

    /// <summary>Adds a panel <paramref name="w"/> columns wide, wrapping to a new line when the current one is full.</summary>
    public void Add(JsonObject panel, int w, int h)
    {
        if (x + w > Columns)
        {
            NewLine();
        }

        panel["gridPos"] = GrafanaJson.GridPos(x, y, w, h);
        panel["id"] = nextId++;
        Place(Ordered(panel));
        x += w;
        lineHeight = Math.Max(lineHeight, h);
    }

    /// <summary>Keeps the panel in <see cref="Panels"/>, or hands it to the sink (which then owns it).</summary>
    private void Place(JsonObject panel)
    {
        if (sink is null)
        {
            panels.Add((JsonNode)panel);
        }
        else
        {
            sink(panel);
        }
    }

    private void NewLine()
    {
        y += lineHeight;
        x = 0;
        lineHeight = 0;
    }

    /// <summary>Keys sorted by name, so gridPos and id (set last) sit where a reader expects them.</summary>
    private static JsonObject Ordered(JsonObject panel)
    {
        var sorted = new JsonObject();
        foreach (var key in panel.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList())
        {
            var value = panel[key];
            panel.Remove(key);
            sorted[key] = value;
        }

        return sorted;
    }
}
