#!/usr/bin/env bash
# Runs every test the way CI does and ends with one plain line "N passed, M failed" that CI reads.
set -euo pipefail
cd "$(dirname "$0")/.."

build/install-tools.sh
build/install-node-validators.sh
# The native build is what ships; NativeBuildTests run it beside the JIT build and compare.
build/publish.sh >/dev/null

# A missing Snapshooter snapshot fails the run instead of being written and passing.
export SNAPSHOOTER_STRICT_MODE=true

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

status=0
dotnet test SloCompiler.sln -c Release \
  --logger "console;verbosity=normal" \
  --logger "trx" \
  --results-directory "$results" || status=$?

# The TRX counters are exact and do not depend on the console logger's wording.
passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

echo "$passed passed, $failed failed"
exit "$status"
