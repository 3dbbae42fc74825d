using System.Text.RegularExpressions;

namespace SloCompiler.Emit.Kubernetes;

/// <summary>
/// What the Kubernetes API server accepts as a namespace and as label keys and values: checked when the
/// options are read (command line or project file), because the server would reject the objects only
/// much later, at apply time.
/// </summary>
public static partial class KubernetesMetadataRules
{
    public static bool IsNamespace(string name) => name.Length <= 63 && DnsLabel().IsMatch(name);

    public static bool IsLabel(string key, string value) =>
        LabelKey().IsMatch(key) && key.Length <= 316 && value.Length <= 63 && LabelValue().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    // Optional DNS-subdomain prefix and '/', then a name of up to 63 characters.
    [GeneratedRegex("^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelKey();

    [GeneratedRegex("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();
}
