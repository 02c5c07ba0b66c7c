#!/usr/bin/env bash
# The layers of DESIGN.md, checked on the sources: `make test` runs this first and fails on a
# forbidden import. A Swift target can import every module its dependencies depend on, so
# Package.swift alone cannot stop e.g. HeapSim from importing Syntax; this script does.
#
# Usage: scripts/check-layers.sh [ROOT]   (default: the repository holding this script)
# Prints every violation as `path:line: what` and exits 1 when there is one, 0 otherwise.
set -u
ROOT=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$ROOT" || exit 2
status=0

fail() { echo "check-layers: $*"; status=1; }

# Modules the toolchain provides; any target may import them.
SYSTEM="Foundation Dispatch Glibc Darwin"

# `path:line:module` for every import in a target's Swift files (attributes, access levels and
# `import struct M.T` included; comment lines skipped).
imports() {
    [ -d "Sources/$1" ] || return 0
    grep -rnE --include='*.swift' \
        '^[[:space:]]*(@[A-Za-z_]+(\([^)]*\))?[[:space:]]+)*((public|package|internal|fileprivate|private)[[:space:]]+)?import[[:space:]]+' \
        "Sources/$1" |
    sed -E 's/^([^:]*:[0-9]+):.*import[[:space:]]+((typealias|struct|class|enum|protocol|let|var|func)[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*).*/\1:\4/'
}

# forbid TARGET MODULE... : TARGET imports none of MODULE.
forbid() {
    local target=$1; shift
    local line module
    while IFS= read -r line; do
        module=${line##*:}
        for m in "$@"; do
            [ "$module" = "$m" ] && fail "${line%:*}: $target imports $module"
        done
    done < <(imports "$target")
}

# only TARGET MODULE... : TARGET imports only MODULE (and the system modules).
only() {
    local target=$1; shift
    local line module ok
    while IFS= read -r line; do
        module=${line##*:}
        ok=0
        for m in "$@" $SYSTEM; do [ "$module" = "$m" ] && ok=1; done
        [ $ok = 1 ] || fail "${line%:*}: $target imports $module (allowed: $*)"
    done < <(imports "$target")
}

forbid Syntax PythonModel HeapSim Rules Engine Reporters heaplint
forbid PythonModel Project HeapSim Rules Engine Reporters heaplint
forbid Project HeapSim Rules Engine Reporters heaplint
forbid HeapSim Syntax CTreeSitter TreeSitterPython Rules Engine Reporters heaplint
forbid Rules Engine Reporters heaplint
forbid Engine Reporters heaplint
# Reporters see only the engine's report types (so neither HeapSim, PythonModel, Syntax nor Rules).
only Reporters Engine
only heaplint Engine Reporters ArgumentParser

# HeapSim never reads source text: everything it needs comes from the lowering (PythonModel's IR).
if [ -d Sources/HeapSim ]; then
    while IFS= read -r hit; do
        rest=${hit#*:}
        fail "${hit%%:*}:${rest%%:*}: HeapSim reads source text: ${rest#*:}"
    done < <(grep -rnE --include='*.swift' '\bSourceText\b|\bmodule\.source\b|\.source\.(text|bytes|location|lineIndex|lineStarts|lineRange)\b' Sources/HeapSim |
             grep -vE '^[^:]*:[0-9]+:[[:space:]]*//')
fi

# Package.swift declares no dependency a layer may not have.
if [ -f Package.swift ]; then
    python3 - <<'PY' || status=1
import re, sys
text = open("Package.swift").read()
allowed = {
    "Syntax": {"CTreeSitter", "TreeSitterPython"},
    "PythonModel": {"Syntax"},
    "Project": {"PythonModel", "Syntax"},
    "HeapSim": {"PythonModel", "Project"},
    "Rules": {"PythonModel", "Project", "HeapSim", "TOMLKit"},
    "Engine": {"Rules", "Project", "HeapSim", "PythonModel", "Syntax", "TOMLKit", "CMalloc"},
    "Reporters": {"Engine"},
    "heaplint": {"Engine", "Reporters", "ArgumentParser"},
}
bad = 0
for m in re.finditer(r'\.(?:executableTarget|target)\(\s*name:\s*"([^"]+)"', text):
    name = m.group(1)
    if name not in allowed:
        continue
    # The target's arguments: up to its closing parenthesis.
    depth, i = 0, text.index("(", m.start())
    while i < len(text):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            break
        i += 1
    args = text[m.end():i]
    deps = re.search(r'dependencies:\s*\[(.*?)\]\s*(?:,|$)', args, re.S)
    names = set()
    if deps:
        for d in re.finditer(r'(?:\.product\(\s*name:\s*)?"([^"]+)"', deps.group(1)):
            names.add(d.group(1))
        names -= {"swift-argument-parser"}
    for d in sorted(names - allowed[name]):
        print(f"check-layers: Package.swift: target {name} depends on {d} (allowed: {', '.join(sorted(allowed[name]))})")
        bad = 1
sys.exit(bad)
PY
fi

[ $status = 0 ] && echo "check-layers: ok"
exit $status
