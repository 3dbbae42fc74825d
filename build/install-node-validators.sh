#!/usr/bin/env bash
# Installs the npm-published validators the tests run, each folder from its package-lock.json:
#   build/grafana-types       TypeScript and Grafana's published types (@grafana/schema), for `tsc --noEmit`
#                             over the generated dashboards;
#   build/kubernetes-schemas  prometheus-operator's PrometheusRule CRD schema and Kubernetes core/v1
#                             (kubernetes-models), for validate.mjs over `--target kubernetes` output.
# Safe to run again: a folder whose installed tree matches its lock file is left alone.
set -euo pipefail

build="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install-node-validators: node and npm are required (Node.js 20 or later)" >&2
  exit 1
fi

for name in grafana-types kubernetes-schemas; do
  dir="$build/$name"
  stamp="$dir/node_modules/.slo-lock.sha256"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    continue
  fi

  # npm ci installs exactly the lock file (failing if package.json disagrees with it); no install scripts needed.
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
  echo "install-node-validators: installed $name"
done
