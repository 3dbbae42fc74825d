using System.Text.RegularExpressions;
using SloCompiler.Model;

namespace SloCompiler.Checking;

/// <summary>
/// Which settings each receiver type takes, which are required, and what counts as an inline secret.
/// Only settings Alertmanager 0.25 accepts are listed: 0.25 has <c>routing_key_file</c>,
/// <c>service_key_file</c>, <c>api_url_file</c> and <c>auth_password_file</c>, but no webhook <c>url_file</c>.
/// </summary>
internal static partial class AlertmanagerReceiverRules
{
    /// <summary>Keys that hold a secret inline, with the file key to use instead.</summary>
    public static readonly IReadOnlyDictionary<string, string> InlineSecretKeys = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["routing_key"] = "routing_key_file",
        ["service_key"] = "service_key_file",
        ["api_url"] = "api_url_file",
        ["url"] = "url_file",
        ["auth_password"] = "auth_password_file",
        ["auth_secret"] = "auth_password_file",
    };

    public static readonly IReadOnlySet<string> FileKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "routing_key_file", "service_key_file", "api_url_file", "auth_password_file", "url_file",
    };

    public static ReceiverKind? Kind(string type) => type switch
    {
        "pagerduty" => ReceiverKind.PagerDuty,
        "slack" => ReceiverKind.Slack,
        "email" => ReceiverKind.Email,
        "webhook" => ReceiverKind.Webhook,
        _ => null,
    };

    public static string TypeName(ReceiverKind kind) => kind.ToString().ToLowerInvariant();

    public static IReadOnlyList<string> AllowedKeys(ReceiverKind kind) => kind switch
    {
        ReceiverKind.PagerDuty => ["routing_key_file", "service_key_file", "severity", "send_resolved"],
        ReceiverKind.Slack => ["api_url_file", "channel", "send_resolved"],
        ReceiverKind.Email => ["to", "from", "smarthost", "auth_username", "auth_password_file", "send_resolved"],
        _ => ["url_file", "send_resolved"],
    };

    /// <summary>
    /// Groups of which exactly one key is required, described for the message. Email needs <c>from</c>
    /// and <c>smarthost</c> because the generated config has no <c>global</c> SMTP section and 0.25 rejects
    /// an email receiver without them.
    /// </summary>
    public static IReadOnlyList<(string[] AnyOf, string Describe)> Required(ReceiverKind kind) => kind switch
    {
        ReceiverKind.PagerDuty => [(["routing_key_file", "service_key_file"], "'routing_key_file' (Events API v2) or 'service_key_file'")],
        ReceiverKind.Slack => [(["api_url_file"], "'api_url_file'"), (["channel"], "'channel'")],
        ReceiverKind.Email => [(["to"], "'to'"), (["from"], "'from'"), (["smarthost"], "'smarthost' (host:port)")],
        _ => [],
    };

    /// <summary>The file key to suggest when a value itself looks like a secret.</summary>
    public static string SecretFileKey(ReceiverKind kind) => kind switch
    {
        ReceiverKind.PagerDuty => "routing_key_file",
        ReceiverKind.Slack => "api_url_file",
        ReceiverKind.Email => "auth_password_file",
        _ => "url_file",
    };

    /// <summary>Why a value looks like a secret, or null: webhook URLs and integration keys are credentials.</summary>
    public static string? SecretLooking(string value)
    {
        if (value.Contains("hooks.slack.com", StringComparison.OrdinalIgnoreCase))
        {
            return "a Slack webhook URL";
        }

        if (value.Contains("events.pagerduty.com", StringComparison.OrdinalIgnoreCase))
        {
            return "a PagerDuty events URL";
        }

        if (UrlWithCredentials().IsMatch(value))
        {
            return "a URL carrying a token";
        }

        if (SecretPatterns.Find(value) is { } found)
        {
            return found.What;
        }

        return LongToken().IsMatch(value) ? "an integration key" : null;
    }

    // A URL (also scheme-relative) with user info, a query, fragment or ';' parameters, or a long random-looking
    // path segment carries its own credential.
    [GeneratedRegex(@"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//(?:[^/?#;\s]*@|[^?#;\s]*[?#;]|[^\s]*/[A-Za-z0-9_-]{20,})", RegexOptions.CultureInvariant)]
    private static partial Regex UrlWithCredentials();

    [GeneratedRegex(@"^[A-Za-z0-9]{32,}$", RegexOptions.CultureInvariant)]
    private static partial Regex LongToken();
}
