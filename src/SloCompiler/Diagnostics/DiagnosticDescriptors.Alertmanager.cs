namespace SloCompiler.Diagnostics;

/// <summary>Codes about Alertmanager receivers, time intervals and routing (SLO170–SLO189).</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor DuplicateReceiver = new(
        "SLO170", Error, "Duplicate receiver", "receiver '{0}' is already declared at {1}; receiver names are unique across all files");

    public static readonly DiagnosticDescriptor UnknownReceiverType = new(
        "SLO171", Error, "Unknown receiver type", "receiver '{0}' has unknown type '{1}'; expected one of: " + Checking.AlertmanagerReceiverRules.TypeNames);

    public static readonly DiagnosticDescriptor UnknownReceiverSetting = new(
        "SLO172", Error, "Unknown receiver setting", "'{0}' is not a setting of a {1} receiver; expected one of: {2}");

    public static readonly DiagnosticDescriptor InlineSecret = new(
        "SLO173", Error, "Inline secret",
        "receiver '{0}': {1} is a secret and must not be written in an SLO source, which is committed and copied into generated files; store it in a file on the Alertmanager host and write {2}=\"/etc/alertmanager/secrets/…\" instead");

    public static readonly DiagnosticDescriptor MissingReceiverSetting = new(
        "SLO174", Error, "Missing receiver setting", "receiver '{0}' of type {1} needs {2}");

    public static readonly DiagnosticDescriptor RelativeSecretPath = new(
        "SLO175", Error, "Secret file path not absolute",
        "'{0}' of receiver '{1}' must be an absolute path such as /etc/alertmanager/secrets/{1}; '{2}' would depend on where Alertmanager runs");

    public static readonly DiagnosticDescriptor UnknownReceiver = new(
        "SLO176", Error, "Unknown receiver", "receiver '{0}' is not declared in any 'receivers' block; declared receivers: {1}");

    public static readonly DiagnosticDescriptor MissingTierReceiver = new(
        "SLO177", Error, "Alert tier without receiver",
        "the {0} alerts of service '{1}' name no receiver; receivers are declared, so every enabled tier needs 'receiver=' (the generated default receiver notifies nobody)");

    public static readonly DiagnosticDescriptor UnknownTimeInterval = new(
        "SLO178", Error, "Unknown time interval", "time interval '{0}' is not declared; declared time intervals: {1}");

    public static readonly DiagnosticDescriptor DuplicateTimeInterval = new(
        "SLO179", Error, "Duplicate time interval", "time interval '{0}' is already declared at {1}; names are unique across all files");

    public static readonly DiagnosticDescriptor InvalidWeekday = new(
        "SLO180", Error, "Invalid weekday",
        "'{0}' is not a weekday or a range of weekdays; write e.g. mon..fri, sat or monday..friday (monday first)");

    public static readonly DiagnosticDescriptor InvalidTimeRange = new(
        "SLO181", Error, "Invalid time range", "'{0}' is not a time range; write HH:MM-HH:MM with the start before the end, e.g. 09:00-18:00 (24:00 may end a range)");

    public static readonly DiagnosticDescriptor InvalidLocation = new(
        "SLO182", Error, "Invalid time zone", "'{0}' is not an IANA time zone name; write e.g. America/Lima, Europe/Berlin or UTC");

    public static readonly DiagnosticDescriptor ReceiverNeedsNewerAlertmanager = new(
        "SLO183", Error, "Receiver type needs a newer Alertmanager",
        "{0} receiver '{1}' needs Alertmanager {2} or later ({3}), and the configuration is written for {4}; compile with --alertmanager-version {2} (or alertmanager_version: \"{2}\" in slo.yaml) once your Alertmanager runs it");

    public static readonly DiagnosticDescriptor UnknownDefaultReceiver = new(
        "SLO132", Error, "Unknown default receiver",
        "--default-receiver '{0}' is not declared in any 'receivers' block; declared receivers: {1}");

    public static readonly DiagnosticDescriptor UnusableAlertmanagerBase = new(
        "SLO133", Error, "Alertmanager base cannot be merged into",
        "the --alertmanager-base configuration cannot take the SLO routes: {0}; give the platform's alertmanager.yml");

    public static readonly DiagnosticDescriptor AlertmanagerNameClash = new(
        "SLO134", Error, "Name clash with the Alertmanager base",
        "the platform configuration already has a {0} named '{1}', and the SLO sources declare one too; rename one of them (Alertmanager rejects duplicate names)");

    public static readonly DiagnosticDescriptor InvalidTemplateName = new(
        "SLO131", Error, "Not a template name",
        "'{0}' of receiver '{1}' names the Alertmanager template to use instead of the generated one; '{2}' is not a template name (write e.g. {0}=payments.slack.{0} and define it in a .tmpl file beside alertmanager.yml)");

    public static readonly DiagnosticDescriptor InvalidAlertName = new(
        "SLO184", Error, "Invalid alert name", "'{0}' is not a valid alert name; use [a-zA-Z_][a-zA-Z0-9_]*, e.g. PaymentsApiDown");

    public static readonly DiagnosticDescriptor ReservedReceiverName = new(
        "SLO185", Error, "Reserved receiver name", "'{0}' is the generated default receiver, which notifies nobody; choose another name");

    public static readonly DiagnosticDescriptor InvalidReceiverSetting = new(
        "SLO186", Error, "Invalid receiver setting", "'{0}' of receiver '{1}' {2}");

    public static readonly DiagnosticDescriptor EmptyTimeInterval = new(
        "SLO187", Warning, "Time interval without limits",
        "time interval '{0}' names no weekdays and no times, so it is always active; add e.g. 'weekdays mon..fri 09:00-18:00'");
}
