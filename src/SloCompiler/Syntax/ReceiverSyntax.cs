using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// One Alertmanager receiver as written: <c>pagerduty-payments pagerduty routing_key_file="/etc/…"</c>
/// inside <c>receivers { }</c>, or an item of a YAML <c>kind: Receivers</c> document. A receiver that
/// notifies several ways (the seeds' "Email + Slack") has one integration per way:
/// <c>gad-critical email to="…" … + slack channel="#gad" …</c>.
/// </summary>
public sealed record ReceiverSyntax(
    Spanned<string> Name,
    IReadOnlyList<ReceiverIntegrationSyntax> Integrations,
    SourceSpan Span);

/// <summary>
/// One way a receiver notifies: <c>slack channel="#payments-alerts" api_url_file="/etc/…"</c>. Settings
/// stay text in written order; the checker knows which keys each type allows and rejects inline secrets.
/// </summary>
public sealed record ReceiverIntegrationSyntax(Spanned<string> Type, IReadOnlyList<ReceiverSettingSyntax> Settings);

/// <summary>A receiver setting: <c>channel="#payments-alerts"</c>.</summary>
public sealed record ReceiverSettingSyntax(Spanned<string> Key, Spanned<string> Value);
