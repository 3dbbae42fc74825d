#!/usr/bin/env bash
# Builds the slo CLI and compiles the bundled examples into generated/ (only files slo generated
# are replaced or removed there).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/SloCompiler.Cli -c Release --nologo -v quiet
dotnet run --project src/SloCompiler.Cli -c Release --no-build -- compile examples --out generated
