using System.Text.Json.Nodes;
using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>The dashboard envelope shared by service and overview dashboards.</summary>
internal static class Dashboards
{
    public static JsonObject Shell(
        string uid,
        string title,
        string? description,
        IEnumerable<string> tags,
        PromDuration timeRange,
        JsonArray templating,
        JsonArray panels,
        IEnumerable<JsonObject>? annotations = null)
    {
        var dashboard = new JsonObject
        {
            ["annotations"] = new JsonObject { ["list"] = new JsonArray((annotations ?? []).ToArray<JsonNode?>()) },
        };
        if (description is not null)
        {
            dashboard["description"] = description;
        }

        dashboard["editable"] = false;
        dashboard["fiscalYearStartMonth"] = 0;
        dashboard["graphTooltip"] = 1; // shared crosshair: the SLI, budget and burn graphs line up in time
        dashboard["id"] = null; // provisioning assigns database ids; a fixed id would clash across instances
        dashboard["links"] = new JsonArray();
        dashboard["panels"] = panels;
        dashboard["refresh"] = "1m";
        dashboard["schemaVersion"] = GrafanaJson.SchemaVersion;
        dashboard["tags"] = new JsonArray(tags.Prepend("slo-compiler").Select(t => (JsonNode?)t).ToArray());
        dashboard["templating"] = new JsonObject { ["list"] = templating };
        dashboard["time"] = new JsonObject { ["from"] = $"now-{timeRange}", ["to"] = "now" };
        dashboard["timepicker"] = new JsonObject();
        dashboard["timezone"] = "browser";
        dashboard["title"] = title;
        dashboard["uid"] = uid;
        dashboard["version"] = 1;
        dashboard["weekStart"] = string.Empty;
        return dashboard;
    }
}
