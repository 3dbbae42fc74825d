#!/usr/bin/env bash
# Installs the pinned TypeScript compiler and Grafana's published types (@grafana/schema) into
# build/grafana-types/node_modules from package-lock.json, for the tests' `tsc --noEmit` check of the
# generated dashboards. Safe to run again: it does nothing when the installed tree matches the lock.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/grafana-types" && pwd)"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install-grafana-types: node and npm are required (Node.js 20 or later)" >&2
  exit 1
fi

stamp="$dir/node_modules/.slo-lock.sha256"
want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$dir/node_modules/.bin/tsc" ]; then
  exit 0
fi

# npm ci installs exactly the lock file (failing if package.json disagrees with it); no install scripts needed.
(cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
echo "$want" > "$stamp"
"$dir/node_modules/.bin/tsc" --version
