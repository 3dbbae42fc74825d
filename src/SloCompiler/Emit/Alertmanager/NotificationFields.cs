using SloCompiler.Emit.Yaml;
using SloCompiler.Model;
using YamlDotNet.RepresentationModel;
using static SloCompiler.Emit.Alertmanager.AlertmanagerConventions;

namespace SloCompiler.Emit.Alertmanager;

/// <summary>
/// The templated fields of one integration: its title (Slack and Teams <c>title</c>, PagerDuty
/// <c>description</c>, email <c>Subject</c>, Opsgenie <c>message</c>) and its body (Slack and Teams
/// <c>text</c>, PagerDuty <c>details.text</c>, email <c>html</c>, Opsgenie <c>description</c>), from the
/// generated templates unless the receiver names its own with <c>title=</c> / <c>text=</c>.
/// </summary>
internal static class NotificationFields
{
    public static IEnumerable<KeyValuePair<string, YamlNode>> For(ReceiverIntegration integration)
    {
        string Named(string key, string fallback) =>
            Invoke(integration.Settings.FirstOrDefault(s => s.Key == key).Value ?? Template(fallback));

        var title = YamlWriter.String(Named("title", "title"));
        var text = YamlWriter.String(Named("text", integration.Kind == ReceiverKind.Email ? "email.html" : "text"));
        return integration.Kind switch
        {
            ReceiverKind.Slack or ReceiverKind.MsTeams => [new("title", title), new("text", text)],
            ReceiverKind.PagerDuty => [new("description", title), new("details", YamlWriter.Map([new("text", text)]))],
            ReceiverKind.Email => [new("headers", YamlWriter.Map([new("Subject", title)])), new("html", text)],
            ReceiverKind.Opsgenie => [new("message", title), new("description", text)],
            _ => [],
        };
    }
}
