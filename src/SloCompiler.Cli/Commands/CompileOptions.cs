using System.Globalization;
using System.Text.RegularExpressions;
using SloCompiler.Emit;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// <c>slo compile</c>'s options → <see cref="EmitOptions"/>. Kubernetes names and labels are checked
/// here, because the API server would reject the objects only much later, at apply time.
/// </summary>
internal static partial class CompileOptions
{
    private const string Hint = "run 'slo compile --help' for usage";

    public static EmitOptions From(ParsedArguments parsed)
    {
        var ns = parsed.Value("--namespace", EmitOptions.Default.KubernetesNamespace);
        if (ns.Length > 63 || !DnsLabel().IsMatch(ns))
        {
            throw new UsageException($"'{ns}' is not a valid --namespace; use lowercase letters, digits and '-' (at most 63)", Hint);
        }

        // Given labels add to the default one (or replace it when they reuse its key).
        var labels = EmitOptions.Default.KubernetesRuleLabels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        foreach (var label in parsed.All("--rule-label"))
        {
            var (key, value) = RuleLabel(label);
            labels[key] = value;
        }

        return EmitOptions.Default with
        {
            DashboardLanguage = parsed.Value("--dashboard-lang", "en"),
            Target = parsed.Value("--target", "files") == "kubernetes" ? OutputTarget.Kubernetes : OutputTarget.Files,
            KubernetesNamespace = ns,
            KubernetesRuleLabels = labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToList(),
            MaxRulesPerGroup = MaxRules(parsed),
            AlertmanagerMode = parsed.Value("--alertmanager-mode", "full") == "routes" ? AlertmanagerMode.Routes : AlertmanagerMode.Full,
        };
    }

    private static (string Key, string Value) RuleLabel(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var key = equals > 0 ? text[..equals] : string.Empty;
        var value = equals > 0 ? text[(equals + 1)..] : string.Empty;
        if (!LabelKey().IsMatch(key) || key.Length > 316 || value.Length > 63 || !LabelValue().IsMatch(value))
        {
            throw new UsageException($"'{text}' is not a valid --rule-label; use KEY=VALUE with a Kubernetes label key and value", Hint);
        }

        return (key, value);
    }

    private static int? MaxRules(ParsedArguments parsed)
    {
        if (!parsed.Values.TryGetValue("--max-rules-per-group", out var text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max < 1)
        {
            throw new UsageException($"'{text}' is not a valid --max-rules-per-group; use a whole number of at least 1", Hint);
        }

        return max;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    // Optional DNS-subdomain prefix and '/', then a name of up to 63 characters.
    [GeneratedRegex("^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelKey();

    [GeneratedRegex("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();
}
