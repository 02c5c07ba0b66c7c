#!/usr/bin/env python3
"""Compares two `heaplint --output-format json` runs: verdict counts per code and every
finding whose verdict changed, appeared or disappeared.

    python3 scripts/diffv.py old.json new.json [--code HL101] [--reasons]
"""
from __future__ import annotations

import argparse
import collections
import json
import re


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict) and "findings" in data:
        data = data["findings"]
    out = {}
    for f in data:
        key = (f["filename"], f["location"]["row"], f["location"]["column"], f["code"])
        out[key] = f
    return out


def reason(f: dict) -> str:
    ev = f.get("evidence") or {}
    text = ev.get("unknown_reason") or ev.get("reason") or f.get("message", "")
    return re.sub(r"`[^`]*`", "`…`", text)[:120]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--code", default="HL101")
    ap.add_argument("--reasons", action="store_true", help="tabulate unknown reasons of NEW")
    a = ap.parse_args()
    old, new = load(a.old), load(a.new)
    for name, d in (("old", old), ("new", new)):
        c = collections.Counter(f["verdict"] for k, f in d.items() if k[3] == a.code)
        total = sum(c.values())
        unk = c.get("unknown", 0)
        print(f"{name}: {total} {a.code}: confirmed {c.get('confirmed', 0)}, refuted {c.get('refuted', 0)}, "
              f"unknown {unk} ({100 * unk / max(total, 1):.0f}%)")
    for k in sorted(set(old) | set(new)):
        if k[3] != a.code:
            continue
        o, n = old.get(k), new.get(k)
        ov = o["verdict"] if o else "-"
        nv = n["verdict"] if n else "-"
        if ov != nv:
            print(f"  {k[0]}:{k[1]}: {ov} -> {nv}   {(n or o)['message'][:150]}")
    if a.reasons:
        c = collections.Counter(reason(f) for k, f in new.items() if k[3] == a.code and f["verdict"] == "unknown")
        for r, n in c.most_common():
            print(f"{n:4d}  {r}")


if __name__ == "__main__":
    main()
