using System.Text.RegularExpressions;
using SloCompiler.Model;

namespace SloCompiler.Checking;

/// <summary>
/// Which settings each receiver type takes, which are required, and what counts as an inline secret.
/// Secrets are only ever files: <c>routing_key_file</c>, <c>service_key_file</c>, <c>api_url_file</c>,
/// <c>auth_password_file</c>, <c>api_key_file</c> (0.25), webhook <c>url_file</c> (0.26) and Teams'
/// <c>webhook_url_file</c> (0.27); <see cref="Emit.AlertmanagerVersion"/> says which version each type needs.
/// <c>title</c> and <c>text</c> name a template that replaces the generated one.
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
        ["api_key"] = "api_key_file",
        ["webhook_url"] = "webhook_url_file",
    };

    public static readonly IReadOnlySet<string> FileKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "routing_key_file", "service_key_file", "api_url_file", "auth_password_file", "url_file", "api_key_file", "webhook_url_file",
    };

    /// <summary>Settings that name an Alertmanager template instead of holding a value.</summary>
    public static readonly IReadOnlySet<string> TemplateKeys = new HashSet<string>(StringComparer.Ordinal) { "title", "text" };

    /// <summary>The types as written in sources, for messages.</summary>
    public const string TypeNames = "pagerduty, slack, email, opsgenie, msteams, webhook";

    public static ReceiverKind? Kind(string type) => type switch
    {
        "pagerduty" => ReceiverKind.PagerDuty,
        "slack" => ReceiverKind.Slack,
        "email" => ReceiverKind.Email,
        "webhook" => ReceiverKind.Webhook,
        "opsgenie" => ReceiverKind.Opsgenie,
        "msteams" => ReceiverKind.MsTeams,
        _ => null,
    };

    public static string TypeName(ReceiverKind kind) => kind.ToString().ToLowerInvariant();

    public static IReadOnlyList<string> AllowedKeys(ReceiverKind kind) => kind switch
    {
        ReceiverKind.PagerDuty => ["routing_key_file", "service_key_file", "severity", "send_resolved", "title", "text"],
        ReceiverKind.Slack => ["api_url_file", "channel", "send_resolved", "title", "text"],
        ReceiverKind.Email => ["to", "from", "smarthost", "auth_username", "auth_password_file", "send_resolved", "title", "text"],
        ReceiverKind.Opsgenie => ["api_key_file", "priority", "send_resolved", "title", "text"],
        ReceiverKind.MsTeams => ["webhook_url_file", "send_resolved", "title", "text"],
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
        ReceiverKind.Opsgenie => [(["api_key_file"], "'api_key_file'")],
        ReceiverKind.MsTeams => [(["webhook_url_file"], "'webhook_url_file'")],
        _ => [(["url_file"], "'url_file'")],
    };

    /// <summary>The file key to suggest when a value itself looks like a secret.</summary>
    public static string SecretFileKey(ReceiverKind kind) => kind switch
    {
        ReceiverKind.PagerDuty => "routing_key_file",
        ReceiverKind.Slack => "api_url_file",
        ReceiverKind.Email => "auth_password_file",
        ReceiverKind.Opsgenie => "api_key_file",
        ReceiverKind.MsTeams => "webhook_url_file",
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

    /// <summary>A template name as <c>{{ define "…" }}</c> takes it: <c>payments.slack.text</c>.</summary>
    public static bool IsTemplateName(string value) => TemplateName().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateName();

    [GeneratedRegex(@"^[A-Za-z0-9]{32,}$", RegexOptions.CultureInvariant)]
    private static partial Regex LongToken();
}
