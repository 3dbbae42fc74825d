#!/usr/bin/env bash
# Benchmark: compile N synthetic SLOs with `slo compile` and compare against `promtool check rules`
# on the generated output. The floor we promise: compiling 10,000 SLOs takes less wall time than
# promtool needs to check what we emit.
#
# Usage: build/bench.sh [N ...]            (default: 1000 10000)
#   BENCH_KEEP=1     keep the temp dir with inputs and outputs (its path is printed)
#   BENCH_STRICT=1   exit 1 when the floor does not hold (for CI)
#   SERVICES_PER_FILE, SLOS_PER_SERVICE   shape of the generated input (default 100, 10)
#   SCAN_FILES       C# files for the catalog-scan scenario (default 1000; 0 skips it). Its budget:
#                    `slo catalog scan` of 1,000 C# files in under 2 s; the ratio to it is printed,
#                    with `slo lint examples` against its 0.5 s startup budget (Roslyn must not load)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
fi
for n in "${sizes[@]}"; do
  case "$n" in
    '' | *[!0-9]*) echo "bench: N must be a positive integer, got '$n'" >&2; exit 2 ;;
  esac
done

per_file=${SERVICES_PER_FILE:-100}
per_service=${SLOS_PER_SERVICE:-10}

if [ -x build/install-tools.sh ]; then
  build/install-tools.sh
fi

# GNU time gives peak RSS (%M); the shell keyword `time` does not.
if [ ! -x /usr/bin/time ]; then
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then
    sudo_cmd=(sudo)
  fi
  echo "bench: installing Debian's 'time' package for /usr/bin/time" >&2
  "${sudo_cmd[@]}" apt-get install -y -qq time >/dev/null 2>&1 \
    || { "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq time >/dev/null; }
fi

if ! command -v promtool >/dev/null; then
  echo "bench: promtool not found on PATH (run build/install-tools.sh or install Prometheus)" >&2
  exit 1
fi

echo "bench: building the CLI in Release" >&2
dotnet build src/SloCompiler.Cli -c Release -nologo -v q >&2

bin_dir=src/SloCompiler.Cli/bin/Release/net10.0
if [ -x "$bin_dir/slo" ]; then
  slo=("$repo/$bin_dir/slo")
else
  slo=(dotnet "$repo/$bin_dir/slo.dll") # no apphost on this platform: run the dll
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/slo-bench.XXXXXX")
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  echo "bench: keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

# measure LOG CMD...: runs CMD under GNU time, sets $wall (seconds) and $peak_kb; on failure shows
# the tool's own output, because a benchmark of a failing command means nothing.
measure() {
  local log=$1
  shift
  if ! /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$log" 2>&1; then
    echo "bench: failed: $*" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  read -r wall peak_kb <"$work/time.txt"
}

# The floor is stated for 10,000 SLOs; when that size is not run, judge the largest one.
floor_n=0
for n in "${sizes[@]}"; do
  if [ "$n" -eq 10000 ]; then floor_n=10000; break; fi
  if [ "$n" -gt "$floor_n" ]; then floor_n=$n; fi
done

rows=()
floor_ok=""
for n in "${sizes[@]}"; do
  input="$work/in-$n"
  output="$work/out-$n"
  build/bench/generate.sh "$n" "$input" "$per_file" "$per_service"

  echo "bench: slo compile, $n SLOs" >&2
  measure "$work/slo-$n.log" "${slo[@]}" compile "$input" --out "$output"
  slo_wall=$wall
  slo_kb=$peak_kb

  shopt -s nullglob
  rules=("$output"/prometheus/*.rules.yml)
  shopt -u nullglob
  if [ ${#rules[@]} -eq 0 ]; then
    echo "bench: no $output/prometheus/*.rules.yml produced" >&2
    exit 1
  fi

  echo "bench: promtool check rules, ${#rules[@]} files" >&2
  measure "$work/promtool-$n.log" promtool check rules "${rules[@]}"
  prom_wall=$wall
  prom_kb=$peak_kb

  rows+=("$n ${#rules[@]} $slo_wall $slo_kb $prom_wall $prom_kb")

  if [ "$n" -eq "$floor_n" ]; then
    floor_ok=$(LC_ALL=C awk -v a="$slo_wall" -v b="$prom_wall" 'BEGIN { print (a < b) ? "yes" : "no" }')
  fi
done

# awk for the arithmetic: bash has no floats. LC_ALL=C keeps the decimal point.
printf '%s\n' "${rows[@]}" | LC_ALL=C awk '
function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "n/a" }
BEGIN {
  printf "%8s %6s | %10s %10s %10s | %10s %10s | %8s %8s\n",
    "SLOs", "files", "slo s", "slo MB", "SLOs/s", "prom s", "prom MB", "wall x", "peak x"
}
{
  n = $1; files = $2; sw = $3; sk = $4; pw = $5; pk = $6
  printf "%8d %6d | %10.2f %10.1f %10s | %10.2f %10.1f | %8s %8s\n",
    n, files, sw, sk / 1024, (sw > 0 ? sprintf("%.0f", n / sw) : "n/a"),
    pw, pk / 1024, ratio(sw, pw), ratio(sk, pk)
}
END { print "wall x = slo wall / promtool wall; peak x = slo peak RSS / promtool peak RSS" }'

scan_files=${SCAN_FILES:-1000}
if [ "$scan_files" -gt 0 ]; then
  build/bench/generate-csharp.sh "$scan_files" "$work/cs"
  echo "bench: slo catalog scan, $scan_files C# files" >&2
  measure "$work/scan.log" "${slo[@]}" catalog scan "$work/cs" --out "$work/catalog.yaml"
  LC_ALL=C awk -v n="$scan_files" -v w="$wall" -v kb="$peak_kb" 'BEGIN {
    printf "catalog scan: %d C# files in %.2f s, %.1f MB peak; %.2f of the 2 s budget\n", n, w, kb / 1024, w / 2 }'
  measure "$work/lint.log" "${slo[@]}" lint examples
  LC_ALL=C awk -v w="$wall" 'BEGIN { printf "lint examples: %.2f s; %.2f of the 0.5 s budget\n", w, w / 0.5 }'
fi

if [ "$floor_ok" = yes ]; then
  echo "floor holds: compiling $floor_n SLOs took less time than promtool needed to check the output"
else
  echo "floor BROKEN: compiling $floor_n SLOs took at least as long as promtool needed to check the output"
  if [ "${BENCH_STRICT:-0}" = 1 ]; then
    exit 1
  fi
fi
