# Sourced by the build/bench/*.sh scenarios: tools, the built CLI, a work folder and `measure`.
# Sets: repo, slo (array: the command to run the CLI, native unless BENCH_JIT=1), slo_jit (the JIT build), work (temp folder, removed unless BENCH_KEEP=1).

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

if [ -x build/install-tools.sh ]; then
  build/install-tools.sh >&2
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

# The native build (build/publish.sh) is what ships, so it is what the benchmarks measure;
# BENCH_JIT=1 measures the JIT build (dotnet build) instead, for comparison.
if [ -z "${BENCH_BUILT:-}" ]; then
  if [ "${BENCH_JIT:-0}" != 1 ]; then
    echo "bench: publishing the native CLI (build/publish.sh)" >&2
    build/publish.sh >/dev/null
  fi
  echo "bench: building the CLI in Release" >&2
  dotnet build src/SloCompiler.Cli -c Release -nologo -v q >&2
  export BENCH_BUILT=1
fi

bin_dir=src/SloCompiler.Cli/bin/Release/net10.0
if [ -x "$bin_dir/slo" ]; then
  slo_jit=("$repo/$bin_dir/slo")
else
  slo_jit=(dotnet "$repo/$bin_dir/slo.dll") # no apphost on this platform: run the dll
fi
if [ "${BENCH_JIT:-0}" != 1 ] && [ -x dist/slo ]; then
  slo=("$repo/dist/slo")
else
  slo=("${slo_jit[@]}")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/slo-bench.XXXXXX")
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  echo "bench: keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

# measure LOG CMD...: runs CMD under GNU time, sets $wall (seconds) and $peak_kb; on failure shows
# the tool's own output, because a benchmark of a failing command means nothing.
# MEASURE_OK_EXIT=N also accepts exit code N (a linter that found problems still did its work).
measure() {
  local log=$1
  shift
  local status=0
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne "${MEASURE_OK_EXIT:-0}" ]; then
    echo "bench: failed (exit $status): $*" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  read -r wall peak_kb user_s sys_s < <(tail -n 1 "$work/time.txt")
}

# median X...: the middle value (the mean of the two middle ones for an even count).
median() { printf '%s\n' "$@" | LC_ALL=C sort -g | LC_ALL=C awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# spread X...: "min-max".
spread() { printf '%s\n' "$@" | LC_ALL=C sort -g | LC_ALL=C awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }'; }

# ratio A B: A / B with two decimals (awk: bash has no floats; LC_ALL=C keeps the decimal point).
ratio() { LC_ALL=C awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0) ? sprintf("%.2f", a / b) : "n/a" }'; }

# at_most A B F: "yes" when A <= F * B.
at_most() { LC_ALL=C awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { print (a <= f * b) ? "yes" : "no" }'; }

# start_prometheus TRIES: starts Debian's prometheus on a free 127.0.0.1 port with $work/prometheus.yml and
# the TSDB in $work/tsdb (both written by the caller), stops it by PID on exit, sets $url, and waits up to
# TRIES × 0.2 s for it to be ready.
start_prometheus() {
  local tries=$1 port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" --storage.tsdb.retention.time=10y \
    --web.listen-address="127.0.0.1:$port" >"$work/prometheus.log" 2>&1 &
  prometheus_pid=$!
  trap 'kill "$prometheus_pid" 2>/dev/null; wait "$prometheus_pid" 2>/dev/null; [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
  url="http://127.0.0.1:$port"
  for _ in $(seq 1 "$tries"); do
    curl -fsS "$url/-/ready" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fsS "$url/-/ready" >/dev/null || { echo "bench: Prometheus did not become ready" >&2; tail -n 20 "$work/prometheus.log" >&2; exit 1; }
}
