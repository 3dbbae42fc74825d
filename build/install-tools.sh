#!/usr/bin/env bash
# Installs promtool and amtool (Debian's prometheus and prometheus-alertmanager packages) when
# they are missing: the tests validate generated rules with them. The live tests (slo status/gate)
# also run the prometheus server itself, htpasswd (apache2-utils) for its bcrypt basic auth, and
# victoria-metrics as the second Prometheus-compatible backend; its vmalert also dry-runs the
# generated rules as VictoriaMetrics' ruler reads them. clang and zlib's headers link the native build
# (build/publish.sh, NativeAOT), which the tests run as the shipped slo.
# Safe to run again.
set -euo pipefail

if ! command -v promtool >/dev/null 2>&1 || ! command -v amtool >/dev/null 2>&1 \
  || ! command -v prometheus >/dev/null 2>&1 || ! command -v htpasswd >/dev/null 2>&1 \
  || ! command -v chromium >/dev/null 2>&1 || ! command -v victoria-metrics >/dev/null 2>&1 \
  || ! command -v vmalert >/dev/null 2>&1 || ! command -v clang >/dev/null 2>&1 \
  || [ ! -e /usr/include/zlib.h ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "install-tools: promtool/amtool are missing and installing them needs root or sudo" >&2
      exit 1
    fi
  fi
  "${sudo[@]}" apt-get update
  # env, not a prefix assignment: sudo would drop a plain DEBIAN_FRONTEND=… from the environment.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends prometheus prometheus-alertmanager apache2-utils chromium victoria-metrics clang zlib1g-dev
fi

promtool --version 2>&1 | head -n 1
amtool --version 2>&1 | head -n 1
prometheus --version 2>&1 | head -n 1
victoria-metrics -version 2>&1 | head -n 1
