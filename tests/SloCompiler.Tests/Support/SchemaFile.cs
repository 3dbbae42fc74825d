using System.Text.Json;
using Json.Schema;

namespace SloCompiler.Tests.Support;

/// <summary>A JSON Schema under <c>schemas/</c>, evaluated with JsonSchema.Net; errors read as "location: message".</summary>
internal sealed class SchemaFile
{
    private static readonly EvaluationOptions ListErrors = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema _schema;

    private SchemaFile(JsonSchema schema) => _schema = schema;

    public static SchemaFile Load(string fileName) =>
        new(JsonSchema.FromFile(RepoRoot.Combine("schemas", fileName), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Every error the schema finds in <paramref name="json"/>; empty when it is valid.</summary>
    public IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = _schema.Evaluate(document.RootElement, ListErrors);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [result])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
    }
}
