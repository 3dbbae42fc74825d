namespace SloCompiler.Cli.Commands;

/// <summary>The files <c>slo init</c> writes: every line either works as is or says how to change it.</summary>
internal static class StarterProject
{
    public const string ProjectFile = """
        # slo.yaml: the project file. Every slo command run in this folder reads it, so compile, --check
        # and lint always use the same inputs and options. A command-line option wins over this file.
        apiVersion: slocompiler.dev/v1
        kind: SloProject

        # Files or folders holding .slo (or SLO YAML) files, relative to this file.
        sources: [slo]

        # Where 'slo compile' writes; commit this folder and let GitOps sync it.
        output: generated

        compile:
          target: files             # files | kubernetes (also PrometheusRule objects and dashboard ConfigMaps);
                                    # add a ruler after a comma: prometheus@2.42 (default) | prometheus@3 | thanos | mimir | vmalert
          namespace: monitoring     # namespace of the Kubernetes objects
          # rule_labels:            # labels a Prometheus ruleSelector looks for
          #   release: kube-prometheus-stack
          # max_rules_per_group: 50 # for rulers that cap group size (Mimir, Cortex)
          alertmanager_mode: full   # full | routes (only the subtree, to merge into your own config)
          dashboard_lang: en        # en | es

        # The settings of .slo-lint.yml; 'slo lint' uses them instead of that file.
        lint:
          scrape_interval: 30s      # how often Prometheus scrapes your services
          # severity:
          #   SLO429: off
        """ + "\n";

    public const string ExampleService = """
        # An example service: change the names and selectors to your own metrics, then run
        # 'slo lint' and 'slo compile'. 'slo explain' says in plain words what each SLO means.

        defaults {
          period     30d
          evaluation 30s
        }

        service checkout {
          team        payments
          owner       "payments-oncall@example.com"
          description "Checkout API"
          runbook     "https://runbooks.example.com/{service}/{slo}"

          slo availability {
            description "Checkout requests succeed (no 5xx)"
            objective   99.9% over 30d
            ratio {
              bad   http_requests_total{job="checkout", code=~"5.."}
              total http_requests_total{job="checkout"}
            }
          }

          slo latency {
            description "95% of checkout requests are answered in under 300 ms"
            objective   95% over 30d
            latency     http_request_duration_seconds{job="checkout"} < 300ms
            buckets     0.1 0.3 0.5 1
          }
        }
        """ + "\n";
}
