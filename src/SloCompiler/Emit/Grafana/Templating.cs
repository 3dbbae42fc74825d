using System.Text.Json.Nodes;
using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// Template variables: the data source, and one multi-value query variable per group-by label of
/// each SLO, so grouped SLOs show one line per group and can be narrowed instead of mixing groups.
/// </summary>
internal static class Templating
{
    public static JsonObject DatasourceVariable(DashboardText text) => new()
    {
        ["hide"] = 0,
        ["includeAll"] = false,
        ["label"] = text.DatasourceLabel,
        ["multi"] = false,
        ["name"] = Conventions.DatasourceVariable,
        ["options"] = new JsonArray(),
        ["query"] = "prometheus",
        ["refresh"] = 1,
        ["regex"] = string.Empty,
        ["type"] = "datasource",
    };

    /// <summary>
    /// Variable names per SLO and label: <c>&lt;slo&gt;_&lt;label&gt;</c> with non-word characters as
    /// <c>_</c>, numbered on collision; two SLOs grouped by the same label keep separate choices.
    /// </summary>
    public static IReadOnlyDictionary<SloModel, IReadOnlyDictionary<string, string>> Names(ServiceModel service)
    {
        var used = new HashSet<string>(StringComparer.Ordinal) { Conventions.DatasourceVariable };
        var result = new Dictionary<SloModel, IReadOnlyDictionary<string, string>>(ReferenceEqualityComparer.Instance);
        foreach (var slo in service.Slos)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var label in slo.GroupBy)
            {
                var stem = new string($"{slo.Name}_{label}".Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
                var name = stem;
                for (var n = 2; !used.Add(name); n++)
                {
                    name = $"{stem}_{n}";
                }

                names[label] = name;
            }

            result[slo] = names;
        }

        return result;
    }

    public static JsonObject GroupVariable(string name, string label, string sloName, string query) => new()
    {
        ["allValue"] = ".*",
        ["datasource"] = GrafanaJson.Datasource(),
        ["hide"] = 0,
        ["includeAll"] = true,
        ["label"] = $"{sloName} · {label}",
        ["multi"] = true,
        ["name"] = name,
        ["options"] = new JsonArray(),
        ["query"] = new JsonObject { ["query"] = query, ["refId"] = "PrometheusVariableQueryEditor-VariableQuery" },
        ["refresh"] = 2,
        ["regex"] = string.Empty,
        ["sort"] = 1,
        ["type"] = "query",
    };
}
