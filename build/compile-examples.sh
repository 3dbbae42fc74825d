#!/usr/bin/env bash
# Builds slo and compiles the bundled examples into generated/ (only files slo generated are
# replaced or removed there). The native build (build/publish.sh, dist/slo) is the one that ships and
# the one used here; without clang (build/install-tools.sh installs it) the JIT build is used instead,
# with the same output.
set -euo pipefail
cd "$(dirname "$0")/.."

if slo=$(build/publish.sh); then
  "$slo" compile examples --out generated
else
  echo "compile-examples: using the JIT build (dotnet run) instead of the native one" >&2
  dotnet build src/SloCompiler.Cli -c Release --nologo -v quiet
  dotnet run --project src/SloCompiler.Cli -c Release --no-build -- compile examples --out generated
fi
