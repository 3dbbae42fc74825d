using SloCompiler.Model;

namespace SloCompiler.Emit.Alertmanager;

/// <summary>
/// The Alertmanager template file (<c>alertmanager/slo-notifications.tmpl</c>) the generated receivers
/// name: a title and a body per receiver type, so that what reaches a person says what burns, how much
/// budget went, for which group (tenant, route …), where the runbook and dashboard are, and whether it
/// is firing or resolved. Alertmanager 0.25's own defaults say none of that (Slack's text is empty).
/// </summary>
public static class NotificationTemplates
{
    public static OutputFile Emit(SloProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var header = Conventions.Header(program.SourcePaths)["# ".Length..];
        return new OutputFile(AlertmanagerConventions.TemplatePath, $"{{{{/* {header} */}}}}\n" + Body);
    }

    // Go text/template, kept as one block so it reads as Alertmanager users write it; the names are
    // AlertmanagerConventions.Template's. "{{-" trims the newline before it. The labels an SLO alert
    // always carries are left out of the list, so what remains is the alert's group (tenant, route …).
    private const string Body = """

        {{ define "slo.title" -}}
        [{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ if .CommonAnnotations.summary }}{{ .CommonAnnotations.summary }}{{ else }}{{ .GroupLabels.service }} {{ .GroupLabels.slo }}{{ end }}
        {{- end }}

        {{ define "slo.alert" -}}
        {{ if eq .Status "firing" }}FIRING{{ else }}RESOLVED{{ end }}: {{ .Annotations.summary }}
        {{ with .Annotations.slo_description }}{{ . }}
        {{ end -}}
        SLO: {{ .Labels.service }} / {{ .Labels.slo }}{{ with .Annotations.objective }}, objective {{ . }}{{ end }}
        Budget burned: {{ .Annotations.description }}
        {{ range .Labels.SortedPairs }}{{ if not (match "^(alertname|service|slo|severity|team|alert_tier)$" .Name) }}{{ .Name }}: {{ .Value }}
        {{ end }}{{ end -}}
        {{ with .Annotations.runbook_url }}Runbook: {{ . }}
        {{ end -}}
        {{ with .Annotations.dashboard }}Dashboard: {{ . }}
        {{ end -}}
        {{ with .GeneratorURL }}Source: {{ . }}
        {{ end -}}
        {{- end }}

        {{ define "slo.text" -}}
        {{ range .Alerts.Firing }}{{ template "slo.alert" . }}
        {{ end }}{{ range .Alerts.Resolved }}{{ template "slo.alert" . }}
        {{ end }}
        {{- end }}

        {{ define "slo.email.html" -}}
        <h3>{{ template "slo.title" . }}</h3>
        <pre>{{ template "slo.text" . }}</pre>
        {{- end }}

        """;
}
