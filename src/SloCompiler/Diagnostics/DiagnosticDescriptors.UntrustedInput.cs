namespace SloCompiler.Diagnostics;

/// <summary>
/// Codes that guard against hostile input (SLO188–SLO199; SLO411–SLO419 stay free for rule-file codes): YAML alias bombs, undecodable
/// text and secrets in places that are copied into generated files.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor YamlAliasLimit = new(
        "SLO188", Error, "YAML aliases expand too far",
        "YAML aliases would expand this document {0}; write the repeated parts out or use fewer levels of aliases (a defence against alias bombs, which promtool and amtool also reject)");

    public static readonly DiagnosticDescriptor SecretInText = new(
        "SLO189", Error, "Secret in SLO text",
        "{0} holds what looks like {1}; SLO sources are committed and this text is copied into generated rules, alerts and dashboards: remove it and keep the secret where Prometheus and Alertmanager read secrets (a *_file setting)");

    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "SLO190", Error, "File is not valid UTF-8",
        "the file is not valid UTF-8 ({0} at byte {1}); save it as UTF-8, as promtool and slo read it");

    public static readonly DiagnosticDescriptor ControlCharacter = new(
        "SLO191", Error, "Control character in file",
        "control character {0} is not allowed in YAML or SLO text{1}");
}
