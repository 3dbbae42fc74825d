#!/usr/bin/env bash
# Same as compile-examples.sh, under the name people look for after changing an SLO or the compiler.
set -euo pipefail
exec "$(dirname "$0")/compile-examples.sh" "$@"
