// Validates Kubernetes manifests written by `slo compile --target kubernetes` against the published
// schemas: prometheus-operator's PrometheusRule CRD (@kubernetes-models/prometheus-operator, generated
// from the CRD's OpenAPI schema) and core/v1 ConfigMap (kubernetes-models). Prints one line per file,
// "ok <file>" or "invalid <file>: <errors>", and exits 1 when any file is invalid or of an unknown kind.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";

const models = {
  "monitoring.coreos.com/v1 PrometheusRule": PrometheusRule,
  "v1 ConfigMap": ConfigMap,
};

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const documents = yaml.loadAll(readFileSync(file, "utf8")).filter((d) => d !== null);
    if (documents.length !== 1) {
      throw new Error(`expected one document, found ${documents.length}`);
    }

    const object = documents[0];
    const Model = models[`${object.apiVersion} ${object.kind}`];
    if (!Model) {
      throw new Error(`unknown kind ${object.apiVersion} ${object.kind}`);
    }

    new Model(object).validate();
    console.log(`ok ${file}`);
  } catch (error) {
    failed = true;
    console.log(`invalid ${file}: ${error.message}`);
  }
}

process.exit(failed ? 1 : 0);
