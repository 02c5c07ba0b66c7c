#!/usr/bin/env bash
# pre-commit entry point: build heaplint once (release, static Swift runtime), then lint the
# files pre-commit passes. Exit codes are heaplint's: 0 clean, 1 findings, 2 errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.build/release/heaplint"
if [ ! -x "$bin" ]; then
  QUIET=1 bash "$root/scripts/bootstrap.sh"
  (cd "$root" && swift build -c release --static-swift-stdlib --product heaplint >&2)
fi
exec "$bin" check "$@"
