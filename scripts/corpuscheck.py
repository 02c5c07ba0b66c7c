#!/usr/bin/env python3
"""Runs a heaplint binary over corpus cases and lists every label it does not match.

    python3 scripts/corpuscheck.py BIN [CORPUS_DIR] [NAME_PREFIX]

A label is `# expect: CODE VERDICT` at the end of a line; a `# heaplint-todo:` comment on
the line above marks a known gap (shown as `todo`). Exit 0 always: this is a report; the
Swift CorpusTests are the gate.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

EXPECT = re.compile(r"#\s*expect:\s*(HL\d+)\s+(confirmed|refuted|unknown)")


def labels(path: str) -> list[tuple[str, int, str, str, bool]]:
    out = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for i, line in enumerate(lines):
        m = EXPECT.search(line)
        if m:
            todo = i > 0 and "heaplint-todo" in lines[i - 1]
            out.append((path, i + 1, m.group(1), m.group(2), todo))
    return out


def run(binary: str, target: str) -> list[dict]:
    r = subprocess.run([binary, "check", "--isolated", "--no-cache", "--exit-zero", "--show-refuted",
                        "--output-format", "json", target], capture_output=True, text=True)
    try:
        return json.loads(r.stdout or "[]")
    except json.JSONDecodeError:
        print(f"?? {target}: {r.stderr[:300]}")
        return []


def main() -> None:
    binary = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else "corpus/HL101-mutable-default-argument"
    prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    total = bad = 0
    for name in sorted(os.listdir(corpus)):
        if not name.startswith(prefix):
            continue
        path = os.path.join(corpus, name)
        if os.path.isdir(path):
            files = [os.path.join(dp, f) for dp, _, fs in os.walk(path) for f in fs if f.endswith(".py")]
        elif name.endswith(".py"):
            files = [path]
        else:
            continue
        labelled = [l for f in files for l in labels(f)]
        if not labelled:
            continue
        found = run(binary, path)
        got = {}
        for f in found:
            got.setdefault((os.path.normpath(os.path.abspath(f["filename"])), f["location"]["row"], f["code"]), []).append(f)
        for (file, row, code, verdict, todo) in labelled:
            total += 1
            fs = got.get((os.path.normpath(os.path.abspath(file)), row, code), [])
            vs = [f["verdict"] for f in fs]
            if vs != [verdict]:
                bad += 1
                msg = fs[0]["message"][:140] if fs else ""
                why = (fs[0].get("evidence") or {}).get("assumptions") or [] if fs else []
                if why:
                    msg += "  || why: " + why[0]
                print(f"{'todo' if todo else 'MISS'} {os.path.relpath(file, corpus)}:{row} label {verdict} got {vs}  {msg}")
    print(f"{total} labels, {bad} mismatches")


if __name__ == "__main__":
    main()
