namespace SloCompiler.Tests.RuleFiles;

/// <summary>
/// Small rule files, each with at most one thing wrong, for comparing our reader's verdict with
/// <c>promtool check rules</c>: one problem per file so one disagreement cannot hide behind another error.
/// </summary>
internal static class PromtoolRuleCorpus
{
    private const string Head = "groups:\n- name: g\n  rules:\n";

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
        ("good-template-functions", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{ humanize $value }} {{ $value | humanizePercentage }} {{ humanizeDuration 3 }} {{ toUpper \"x\" }} {{ title \"x\" }}'\n"),
        ("good-template-query", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{ with query \"up\" }}{{ . | first | value | humanize }}{{ end }}'\n"),
        ("good-template-control", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{- $x := 1 -}}{{ if eq $x 1 }}a{{ else if gt $x 3 }}b{{ else }}c{{ end }}{{/* c */}}'\n"),
        ("good-template-range", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{ range $k, $v := $labels }}{{ if eq $k \"job\" }}{{ continue }}{{ end }}{{ $k }}={{ $v }}{{ end }}'\n"),
        ("good-template-define", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{ define \"t\" }}x{{ end }}{{ template \"t\" . }}{{ block \"u\" . }}y{{ end }}'\n"),
        ("good-template-builtins", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{ printf \"%s\" \"x\" | len }} {{ index $labels \"job\" }} {{ .Labels.job }} {{ $externalLabels.env }} {{ $externalURL }} {{ and 1 2 }} {{ not true }}'\n"),
        ("good-template-strings", Head + "  - alert: Down\n    expr: up == 0\n    annotations:\n      a: '{{ \"}}\" }} {{ `raw` }} {{ reReplaceAll \"(a)\" \"$1\" \"b\" }} {{ 1.5 }} {{ -2 }}'\n"),
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
        ("bad-template-unknown-function", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ $value | bar }}' }\n"),
        ("bad-template-newer-function", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ toDuration 1 }}' }\n"),
        ("bad-template-empty-if", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ if }}x{{ end }}' }\n"),
        ("bad-template-stray-else", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ else }}' }\n"),
        ("bad-template-stray-end", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: 'x{{ end }}' }\n"),
        ("bad-template-unclosed-block", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ with $value }}x' }\n"),
        ("bad-template-undefined-variable", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ $nope }}' }\n"),
        ("bad-template-unclosed-comment", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{/* x }}' }\n"),
        ("bad-template-unclosed-paren", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ (humanize $value }}' }\n"),
        ("bad-template-extra-paren", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ humanize $value) }}' }\n"),
        ("bad-template-break-outside-range", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ break }}' }\n"),
        ("bad-template-empty-action", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ }}' }\n"),
        ("bad-template-bad-character", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ $value # }}' }\n"),
        ("bad-template-define-without-name", Head + "  - alert: Down\n    expr: up == 0\n    annotations: { a: '{{ define }}x{{ end }}' }\n"),
    ];
}
