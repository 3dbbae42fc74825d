using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Model;
using SloCompiler.Text;

namespace SloCompiler.Checking;

/// <summary>
/// The Alertmanager compile options against the declarations: receiver types the target Alertmanager
/// cannot read with their secret in a file (SLO183), and a <c>--default-receiver</c> that is not declared
/// (SLO132). It runs at compile time only: <c>lint</c> and <c>explain</c> write no Alertmanager configuration.
/// </summary>
internal static class AlertmanagerOptionsCheck
{
    public static void Check(AlertmanagerModel model, EmitOptions options, DiagnosticBag diagnostics)
    {
        var target = options.AlertmanagerVersion;
        foreach (var receiver in model.Receivers)
        {
            foreach (var integration in receiver.Integrations.Where(i => !target.Supports(i.Kind)))
            {
                diagnostics.Report(DiagnosticDescriptors.ReceiverNeedsNewerAlertmanager, integration.Span,
                    AlertmanagerReceiverRules.TypeName(integration.Kind), receiver.Name,
                    AlertmanagerVersion.Minimum(integration.Kind).ToString(), Reason(integration.Kind), target.ToString());
            }
        }

        if (options.AlertmanagerBase is { } platform && model.HasReceivers)
        {
            AlertmanagerBaseCheck.Check(platform, model, diagnostics);
        }

        if (options.DefaultReceiver is { } name && model.HasReceivers && model.Receivers.All(r => r.Name != name))
        {
            // The name comes from the command line or slo.yaml, not a source: point at the option itself.
            var option = new SourceFile("--default-receiver", name);
            diagnostics.Report(DiagnosticDescriptors.UnknownDefaultReceiver, new SourceSpan(option, 0, name.Length), name,
                string.Join(", ", model.Receivers.Select(r => r.Name)));
        }
    }

    private static string Reason(ReceiverKind kind) => kind == ReceiverKind.MsTeams
        ? "Microsoft Teams came in 0.26, its webhook_url_file in 0.27"
        : "webhooks read their URL from url_file only since 0.26";
}
