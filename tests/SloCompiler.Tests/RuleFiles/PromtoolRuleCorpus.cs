namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// Small rule files, each with at most one thing wrong, for comparing our reader's verdict with
/// <c>promtool check rules</c>: one problem per file so one disagreement cannot hide behind another error.
/// </summary>
internal static class PromtoolRuleCorpus
{
    private const string Head = "groups:\n- name: g\n  rules:\n";

    /// <summary>An alert whose only annotation is <paramref name="template"/>, written single-quoted.</summary>
    private static string Annotation(string template) => $"{Head}  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{template}'\n";

    public static IReadOnlyList<(string Name, string Yaml)> All { get; } =
    [
        ("good-record", Head + "  - record: job:up:sum\n    expr: sum by (job) (up)\n"),
        ("good-alert-all-fields", Head + "  - alert: Down\n    expr: up == 0\n    for: 5m\n    keep_firing_for: 10m\n    labels: { severity: page }\n    annotations: { summary: down }\n"),
        ("good-interval-limit", "groups:\n- name: g\n  interval: 30s\n  limit: 10\n  rules: []\n"),
        ("good-limit-fraction", "groups:\n- name: g\n  limit: 1.5\n  rules: []\n"),
        ("good-no-groups", "groups: []\n"),
        ("good-empty-file", ""),
        ("good-two-groups", "groups:\n- name: a\n  rules: []\n- name: b\n  rules: []\n"),
        ("good-for-zero", Head + "  - alert: Down\n    expr: up == 0\n    for: 0s\n"),
        ("good-alert-name-with-spaces", Head + "  - alert: Job is down\n    expr: up == 0\n"),
        ("good-double-underscore-label", Head + "  - alert: Down\n    expr: up == 0\n    labels: { __meta: x }\n"),
        ("good-null-and-number-labels", Head + "  - alert: Down\n    expr: up == 0\n    labels: { a: null, b: 1, c: true }\n"),
        ("good-block-expr", Head + "  - record: job:up:sum\n    expr: |\n      sum by (job) (\n        up\n      )\n"),
        ("good-template-functions", Annotation("{{ humanize $value }} {{ $value | humanizePercentage }} {{ humanizeDuration 3 }} {{ toUpper \"x\" }} {{ title \"x\" }}")),
        ("good-template-query", Annotation("{{ with query \"up\" }}{{ . | first | value | humanize }}{{ end }}")),
        ("good-template-control", Annotation("{{- $x := 1 -}}{{ if eq $x 1 }}a{{ else if gt $x 3 }}b{{ else }}c{{ end }}{{/* c */}}")),
        ("good-template-range", Annotation("{{ range $k, $v := $labels }}{{ if eq $k \"job\" }}{{ continue }}{{ end }}{{ $k }}={{ $v }}{{ end }}")),
        ("good-template-define", Annotation("{{ define \"t\" }}x{{ end }}{{ template \"t\" . }}{{ block \"u\" . }}y{{ end }}")),
        ("good-template-builtins", Annotation("{{ printf \"%s\" \"x\" | len }} {{ index $labels \"job\" }} {{ .Labels.job }} {{ $externalLabels.env }} {{ $externalURL }} {{ and 1 2 }} {{ not true }}")),
        ("good-template-strings", Annotation("{{ \"}}\" }} {{ `raw` }} {{ reReplaceAll \"(a)\" \"$1\" \"b\" }} {{ 1.5 }} {{ -2 }}")),
        ("good-template-value-label", Head + "  - alert: Down\n    expr: up == 0\n    labels: { value: '{{ $value }}' }\n"),
        ("bad-unknown-top-key", "groups: []\nfoo: 1\n"),
        ("bad-unknown-group-key", "groups:\n- name: g\n  query_offset: 1m\n  rules: []\n"),
        ("bad-unknown-rule-key", Head + "  - record: job:up:sum\n    expr: up\n    labelz: {}\n"),
        ("bad-duplicate-group", "groups:\n- name: g\n  rules: []\n- name: g\n  rules: []\n"),
        ("bad-group-without-name", "groups:\n- rules: []\n"),
        ("bad-group-empty-name", "groups:\n- name: ''\n  rules: []\n"),
        ("bad-record-and-alert", Head + "  - record: job:up:sum\n    alert: Down\n    expr: up\n"),
        ("bad-neither-record-nor-alert", Head + "  - expr: up\n"),
        ("bad-for-on-record", Head + "  - record: job:up:sum\n    expr: up\n    for: 5m\n"),
        ("bad-keep-firing-on-record", Head + "  - record: job:up:sum\n    expr: up\n    keep_firing_for: 5m\n"),
        ("bad-annotations-on-record", Head + "  - record: job:up:sum\n    expr: up\n    annotations: { a: b }\n"),
        ("bad-record-name", Head + "  - record: job-up\n    expr: up\n"),
        ("bad-label-name", Head + "  - alert: Down\n    expr: up == 0\n    labels: { 1a: b }\n"),
        ("bad-label-dunder-name", Head + "  - alert: Down\n    expr: up == 0\n    labels: { __name__: b }\n"),
        ("bad-annotation-name", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a-b: c }\n"),
        ("bad-for-duration", Head + "  - alert: Down\n    expr: up == 0\n    for: 5x\n"),
        ("bad-interval-duration", "groups:\n- name: g\n  interval: 1h30\n  rules: []\n"),
        ("bad-limit", "groups:\n- name: g\n  limit: many\n  rules: []\n"),
        ("bad-missing-expr", Head + "  - record: job:up:sum\n"),
        ("bad-empty-expr", Head + "  - record: job:up:sum\n    expr: ''\n"),
        ("bad-promql", Head + "  - record: job:up:sum\n    expr: sum by (job (up)\n"),
        ("bad-labels-list", Head + "  - alert: Down\n    expr: up == 0\n    labels: [a]\n"),
        ("bad-rules-mapping", "groups:\n- name: g\n  rules: { a: b }\n"),
        ("bad-yaml", "groups:\n- name: g\n  rules: [\n"),
        ("bad-template-unclosed-action", Head + "  - alert: Down\n    expr: up == 0\n    labels: { a: '{{ $value ' }\n"),
        ("bad-template-unknown-function", Annotation("{{ $value | bar }}")),
        ("bad-template-newer-function", Annotation("{{ toDuration 1 }}")),
        ("bad-template-empty-if", Annotation("{{ if }}x{{ end }}")),
        ("bad-template-stray-else", Annotation("{{ else }}")),
        ("bad-template-stray-end", Annotation("x{{ end }}")),
        ("bad-template-unclosed-block", Annotation("{{ with $value }}x")),
        ("bad-template-undefined-variable", Annotation("{{ $nope }}")),
        ("bad-template-unclosed-comment", Annotation("{{/* x }}")),
        ("bad-template-unclosed-paren", Annotation("{{ (humanize $value }}")),
        ("bad-template-extra-paren", Annotation("{{ humanize $value) }}")),
        ("bad-template-break-outside-range", Annotation("{{ break }}")),
        ("bad-template-empty-action", Annotation("{{ }}")),
        ("bad-template-bad-character", Annotation("{{ $value # }}")),
        ("bad-template-define-without-name", Annotation("{{ define }}x{{ end }}")),
    ];
}
