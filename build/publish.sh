#!/usr/bin/env bash
# Builds the slo that ships: a NativeAOT executable, dist/slo. It starts in milliseconds (no JIT, no
# runtime to load), which is what pre-commit hooks and CI jobs that run `slo lint FILE` once per file
# feel, and it keeps every feature, Roslyn's C# scanning included (compiled in, loaded only when used).
# Needs clang and zlib's headers (build/install-tools.sh installs them). Prints the binary's path.
# Safe to run again: an unchanged tree republishes quickly.
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "publish: no NativeAOT runtime identifier for $(uname -m)" >&2; exit 1 ;;
esac

linker=""
for candidate in clang clang-14 clang-15 clang-16; do
  if command -v "$candidate" >/dev/null 2>&1; then
    linker=$candidate
    break
  fi
done
if [ -z "$linker" ]; then
  echo "publish: NativeAOT links with clang, which is missing; run build/install-tools.sh" >&2
  exit 1
fi

dotnet publish src/SloCompiler.Cli -c Release -r "$rid" --nologo -v quiet \
  -p:PublishAot=true -p:CppCompilerAndLinker="$linker" -o dist >&2
echo "$PWD/dist/slo"
