using SloCompiler.Text;

namespace SloCompiler.Syntax;

/// <summary>
/// One Alertmanager receiver as written: <c>pagerduty-payments pagerduty routing_key_file="/etc/…"</c>
/// inside <c>receivers { }</c>, or an item of a YAML <c>kind: Receivers</c> document. Settings stay
/// text in written order; the checker knows which keys each type allows and rejects inline secrets.
/// </summary>
public sealed record ReceiverSyntax(
    Spanned<string> Name,
    Spanned<string> Type,
    IReadOnlyList<ReceiverSettingSyntax> Settings,
    SourceSpan Span);

/// <summary>A receiver setting: <c>channel="#payments-alerts"</c>.</summary>
public sealed record ReceiverSettingSyntax(Spanned<string> Key, Spanned<string> Value);
