using System.Text.Json;
using SloCompiler.Emit;

namespace SloCompiler.Cli.Files;

/// <summary>
/// The options the last compile recorded in the output folder's <c>manifest.json</c>, compared with this
/// run's: with other options, <c>--check</c> says which differ instead of calling every file stale.
/// </summary>
internal static class ManifestOptions
{
    /// <summary>Each option whose recorded value differs from <paramref name="options"/>: (name, recorded, now).</summary>
    public static IReadOnlyList<(string Name, string Recorded, string Now)> Differences(string outputFolder, EmitOptions options)
    {
        var recorded = Read(outputFolder);
        if (recorded is null)
        {
            return [];
        }

        return ManifestEmitter.OptionEntries(options)
            .Where(o => recorded.TryGetValue(o.Name, out var value) && value != o.Value)
            .Select(o => (o.Name, recorded[o.Name], o.Value))
            .ToList();
    }

    /// <summary>The recorded options, or null when there is no readable slo manifest or it predates them.</summary>
    private static Dictionary<string, string>? Read(string outputFolder)
    {
        if (GeneratedFileGuard.ReadManifest(outputFolder) is not { } json)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("options", out var options)
                || options.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return options.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
