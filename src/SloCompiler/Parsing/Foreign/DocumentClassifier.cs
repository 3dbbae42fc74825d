using SloCompiler.Parsing.OpenSlo;
using SloCompiler.Parsing.Pyrra;
using SloCompiler.Parsing.Sloth;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Foreign;

/// <summary>
/// Tells which format a YAML document is in by its <c>apiVersion</c>/<c>kind</c> (or Sloth's <c>version</c>), and
/// for a known kind under an unknown apiVersion, the closest known apiVersion: a typo there must not drop SLOs quietly.
/// </summary>
public static class DocumentClassifier
{
    private static readonly (string ApiVersion, string[] Kinds)[] Known =
    [
        (YamlSloReader.ApiVersion, YamlDocumentMapper.Kinds),
        (SlothReader.KubernetesApiVersion, [SlothReader.KubernetesKind, SlothReader.AlertWindowsKind]),
        (PyrraReader.ApiVersion, [PyrraReader.Kind]),
        (OpenSloReader.ApiVersion, OpenSloReader.Kinds),
    ];

    /// <summary>What the document is; <paramref name="root"/> is its root node (anything but a mapping is foreign).</summary>
    public static DocumentClass Classify(YamlNode? root)
    {
        if (root is not YamlMappingNode mapping)
        {
            return new DocumentClass(DocumentFormat.Foreign, root is null ? "an empty document" : "a document that is not a mapping");
        }

        var apiVersion = Scalar(mapping, "apiVersion");
        var kind = Scalar(mapping, "kind");
        if (apiVersion is null && Scalar(mapping, "version") is { } version)
        {
            return version == SlothReader.PlainVersion
                ? new DocumentClass(DocumentFormat.Sloth, $"Sloth {version} service")
                : SlothLike(mapping, version);
        }

        if (apiVersion is null)
        {
            return new DocumentClass(DocumentFormat.Foreign, kind is null ? "no apiVersion and no kind" : $"kind: {kind} without apiVersion");
        }

        if (apiVersion.StartsWith("slocompiler.dev/", StringComparison.Ordinal))
        {
            return new DocumentClass(DocumentFormat.Ours, $"{apiVersion} {kind}");
        }

        foreach (var (known, kinds) in Known)
        {
            if (apiVersion == known && kind is not null && kinds.Contains(kind, StringComparer.Ordinal))
            {
                return new DocumentClass(Format(known), $"{known} {kind}");
            }
        }

        var found = kind is null ? $"apiVersion: {apiVersion} without kind" : $"kind: {kind} (apiVersion: {apiVersion})";
        return Closest(apiVersion, kind) is { } suggestion
            ? new DocumentClass(DocumentFormat.UnknownVersion, found, suggestion)
            : new DocumentClass(DocumentFormat.Foreign, found);
    }

    /// <summary>A Sloth spec's shape (<c>service</c> and <c>slos</c>) under another <c>version</c>.</summary>
    private static DocumentClass SlothLike(YamlMappingNode mapping, string version) =>
        Scalar(mapping, "service") is not null && mapping.Children.ContainsKey(new YamlScalarNode("slos"))
            ? new DocumentClass(DocumentFormat.UnknownVersion, $"a Sloth-like spec with version: {version}", SlothReader.PlainVersion)
            : new DocumentClass(DocumentFormat.Foreign, $"version: {version} without apiVersion");

    private static DocumentFormat Format(string apiVersion) => apiVersion switch
    {
        SlothReader.KubernetesApiVersion => DocumentFormat.SlothKubernetes,
        PyrraReader.ApiVersion => DocumentFormat.Pyrra,
        _ => DocumentFormat.OpenSlo,
    };

    /// <summary>
    /// The known apiVersion nearest to the written one among those that have this kind, when near enough to be a typo
    /// or of the same group in another version (<c>openslo/v1alpha</c> → <c>openslo/v1</c>); Kubernetes' own <c>v1</c>
    /// Service must stay foreign.
    /// </summary>
    private static string? Closest(string apiVersion, string? kind)
    {
        var candidates = Known.Where(k => kind is null || k.Kinds.Contains(kind, StringComparer.Ordinal)).Select(k => k.ApiVersion).ToList();
        var group = apiVersion.Split('/')[0];
        if (kind is not null && group.Length > 0 && apiVersion.Contains('/', StringComparison.Ordinal)
            && candidates.FirstOrDefault(c => c.StartsWith(group + "/", StringComparison.Ordinal)) is { } sameGroup)
        {
            return sameGroup;
        }

        var best = candidates
            .Select(c => (ApiVersion: c, Distance: EditDistance.Between(apiVersion.ToLowerInvariant(), c)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.ApiVersion, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.ApiVersion is not null && best.Distance <= Math.Max(2, best.ApiVersion.Length / 3) && kind is not null ? best.ApiVersion : null;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
}
