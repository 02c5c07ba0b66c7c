#!/usr/bin/env bash
# Manual robustness run (not part of the test suite): a 100 MB file and 100,000-deep nesting.
# Usage: scripts/robustness.sh [BIN]   (default .build/debug/heaplint). Prints time, peak RSS, exit code.
# Indented block nesting (`if`, `def`) grows quadratically in bytes, so those go 10,000 deep
# (50 MB); one-line nesting (parentheses, lists, conditional expressions, lambdas) goes 100,000 deep.
set -u
BIN=${1:-.build/debug/heaplint}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
CONFIRM_TIMEOUT=${CONFIRM_TIMEOUT:-300}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
N = 100_000
tail = "def f(x, acc=[]):\n    acc.append(x)\n"
open(f"{d}/parens.py", "w").write("x = " + "(" * N + "1" + ")" * N + "\n" + tail)
open(f"{d}/lists.py", "w").write("x = " + "[" * N + "1" + "]" * N + "\n" + tail)
open(f"{d}/ternary.py", "w").write("x = " + "1 if x else (" * N + "1" + ")" * N + "\n" + tail)
open(f"{d}/lambdas.py", "w").write("x = " + "lambda: " * N + "1\n" + tail)
M = 10_000
open(f"{d}/ifs.py", "w").write("".join(" " * i + "if x:\n" for i in range(M)) + " " * M + "pass\n" + tail)
open(f"{d}/defs.py", "w").write("".join(" " * i + f"def f{i}(x, acc=[]):\n" for i in range(M)) + " " * M + "acc.append(x)\n" + tail)
with open(f"{d}/big.py", "w") as out:
    i = 0
    size = 0
    while size < 100 * 1024 * 1024:
        chunk = "".join(f"def f{j}(x, acc=[]):\n    acc.append(x)\n    return acc\n\n" for j in range(i, i + 10_000))
        out.write(chunk); size += len(chunk); i += 10_000
print(f"big.py: {i} functions")
PY
run() {
  local label=$1; shift
  /usr/bin/time -f "%e s, %M KB peak" -o "$dir/time" timeout "$TIMEOUT" "$BIN" check --no-cache -q --output-format json-lines "$@" > "$dir/out" 2> "$dir/err"
  local rc=$?
  printf '%-28s exit %-3s %-24s findings %s %s\n' "$label" "$rc" "$(tail -1 "$dir/time")" "$(wc -l < "$dir/out")" \
    "$(grep -o '"code":"HL90[01]"' "$dir/out" | sort | uniq -c | tr -s ' ' | tr '\n' ' ')"
  [ "$rc" -le 2 ] || { echo "  stderr: $(head -c 300 "$dir/err")"; }
}
cd "$dir"
ls -la *.py | awk '{print $5, $9}'
TIMEOUT=120
for f in parens lists ternary lambdas ifs defs; do run "$f.py" "$f.py"; done
TIMEOUT=600
run "big.py --no-confirm" --no-confirm big.py
TIMEOUT=$CONFIRM_TIMEOUT
run "big.py (confirm, ${CONFIRM_TIMEOUT}s cap)" big.py
