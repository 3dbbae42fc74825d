using System.Text.Json.Nodes;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// Builders for the panel types the dashboards use: timeseries, stat and state-timeline. Options carry
/// every field Grafana's published panel types mark as required, so the type check holds them to it.
/// </summary>
internal static class Panels
{
    /// <summary>Field settings a panel needs beyond the defaults.</summary>
    public sealed record Field(string Unit)
    {
        public decimal? Min { get; init; }

        public decimal? Max { get; init; }

        public int? Decimals { get; init; }

        public string? NoValue { get; init; }

        public JsonObject? Thresholds { get; init; }

        /// <summary>Draw thresholds as lines on graphs (burn-rate factors).</summary>
        public bool ThresholdLines { get; init; }
    }

    public static JsonObject Timeseries(string title, string description, Field field, IEnumerable<JsonObject> targets) =>
        Panel("timeseries", title, description, field, targets, new JsonObject
        {
            ["legend"] = Legend(),
            ["tooltip"] = new JsonObject { ["mode"] = "multi", ["sort"] = "none" },
        });

    public static JsonObject Stat(string title, string description, Field field, IEnumerable<JsonObject> targets) =>
        Panel("stat", title, description, field, targets, new JsonObject
        {
            ["colorMode"] = "background",
            ["graphMode"] = "area",
            ["justifyMode"] = "auto",
            ["orientation"] = "auto",
            ["percentChangeColorMode"] = "standard",
            ["reduceOptions"] = new JsonObject
            {
                ["calcs"] = new JsonArray("lastNotNull"),
                ["fields"] = string.Empty,
                ["values"] = false,
            },
            ["showPercentChange"] = false,
            ["textMode"] = "value",
            ["wideLayout"] = true,
        });

    public static JsonObject StateTimeline(string title, string description, Field field, IEnumerable<JsonObject> targets) =>
        Panel("state-timeline", title, description, field, targets, new JsonObject
        {
            ["legend"] = Legend(),
            ["mergeValues"] = true,
            ["rowHeight"] = 0.9m,
            ["showValue"] = "never",
            ["tooltip"] = new JsonObject { ["mode"] = "single", ["sort"] = "none" },
        });

    private static JsonObject Legend() => new()
    {
        ["calcs"] = new JsonArray(),
        ["displayMode"] = "list",
        ["placement"] = "bottom",
        ["showLegend"] = true,
    };

    /// <summary>A panel link (Grafana's <c>DashboardLink</c>, every field set as its published type wants), opening in a new tab.</summary>
    public static JsonObject Link(string title, string url) => new()
    {
        ["asDropdown"] = false,
        ["icon"] = "doc",
        ["includeVars"] = false,
        ["keepTime"] = false,
        ["tags"] = new JsonArray(),
        ["targetBlank"] = true,
        ["title"] = title,
        ["tooltip"] = title,
        ["type"] = "link",
        ["url"] = url,
    };

    private static JsonObject Panel(
        string type, string title, string description, Field field, IEnumerable<JsonObject> targets, JsonObject options) => new()
    {
        ["datasource"] = GrafanaJson.Datasource(),
        ["description"] = description,
        ["fieldConfig"] = new JsonObject { ["defaults"] = Defaults(field), ["overrides"] = new JsonArray() },
        ["options"] = options,
        ["targets"] = new JsonArray(targets.ToArray<JsonNode?>()),
        ["title"] = title,
        ["type"] = type,
    };

    private static JsonObject Defaults(Field field)
    {
        var defaults = new JsonObject();
        if (field.ThresholdLines)
        {
            defaults["custom"] = new JsonObject { ["thresholdsStyle"] = new JsonObject { ["mode"] = "dashed" } };
        }

        if (field.Decimals is { } decimals)
        {
            defaults["decimals"] = decimals;
        }

        if (field.Max is { } max)
        {
            defaults["max"] = max;
        }

        if (field.Min is { } min)
        {
            defaults["min"] = min;
        }

        if (field.NoValue is { } noValue)
        {
            defaults["noValue"] = noValue;
        }

        if (field.Thresholds is { } thresholds)
        {
            defaults["thresholds"] = thresholds;
        }

        defaults["unit"] = field.Unit;
        return defaults;
    }
}
