#!/usr/bin/env python3
"""Real code as a test bed: lint pinned sdists of popular projects with heaplint.

Python 3 standard library only. For each project listed in scripts/realcode-projects.json
the script downloads the pinned sdist (cached in .realcode/, which git ignores), checks its
sha256, extracts it (never runs it: no build, no import, no setup.py), lints the extracted
tree with

    heaplint check --isolated --exit-zero --show-refuted --no-cache --output-format json DIR

and prints, per project: findings by code and verdict, the top `unknown` reasons, the
HL9xx (engine) findings, wall time and peak RSS of the heaplint process.

    python3 scripts/realcode.py                       # all projects, .build/release/heaplint
    python3 scripts/realcode.py --bin /tmp/heaplint --project flask --project rich
    python3 scripts/realcode.py --json /tmp/new.json --compare /tmp/old.json

`--json OUT` writes a machine-readable summary (with every finding); `--compare OLD.json`
diffs this run's findings against such a file: added, removed and changed verdicts.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "scripts", "realcode-projects.json")
CACHE = os.path.join(REPO, ".realcode")


def load_projects(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data["projects"]


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch(project: dict, cache: str) -> str:
    """Downloads (once) and verifies the sdist; returns the archive path."""
    os.makedirs(os.path.join(cache, "dl"), exist_ok=True)
    fname = project["url"].rsplit("/", 1)[-1]
    dest = os.path.join(cache, "dl", fname)
    if os.path.exists(dest) and sha256_of(dest) == project["sha256"]:
        return dest
    print(f"  downloading {fname}…", file=sys.stderr, flush=True)
    tmp = dest + ".part"
    with urllib.request.urlopen(project["url"], timeout=120) as r, open(tmp, "wb") as f:
        shutil.copyfileobj(r, f)
    got = sha256_of(tmp)
    if got != project["sha256"]:
        os.unlink(tmp)
        raise SystemExit(f"sha256 mismatch for {fname}: expected {project['sha256']}, got {got}")
    os.replace(tmp, dest)
    return dest


def extract(project: dict, archive: str, cache: str) -> str:
    """Extracts the archive once into .realcode/src/NAME-VERSION/ and returns that directory."""
    root = os.path.join(cache, "src", f"{project['name']}-{project['version']}")
    stamp = os.path.join(root, ".sha256")
    if os.path.exists(stamp) and open(stamp).read().strip() == project["sha256"]:
        return root
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    if archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            for name in z.namelist():
                target = os.path.realpath(os.path.join(root, name))
                if not target.startswith(os.path.realpath(root) + os.sep):
                    raise SystemExit(f"unsafe path in {archive}: {name}")
            z.extractall(root)
    else:
        with tarfile.open(archive) as t:
            if hasattr(tarfile, "data_filter"):
                t.extractall(root, filter="data")
            else:  # pragma: no cover - Python < 3.11.4
                for m in t.getmembers():
                    target = os.path.realpath(os.path.join(root, m.name))
                    if not target.startswith(os.path.realpath(root) + os.sep) or m.issym() or m.islnk():
                        raise SystemExit(f"unsafe member in {archive}: {m.name}")
                t.extractall(root)
    with open(stamp, "w") as f:
        f.write(project["sha256"] + "\n")
    return root


def run_heaplint(binary: str, target: str, out_path: str) -> tuple[float, int, int]:
    """Runs heaplint on target, JSON into out_path; (wall seconds, peak RSS KiB, exit code)."""
    cmd = [binary, "check", "--isolated", "--exit-zero", "--show-refuted", "--no-cache",
           "--output-format", "json", "--output-file", out_path, target]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=os.path.dirname(target), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own rusage (ru_maxrss in KiB on Linux).
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace") if p.stderr else ""
    p.stderr and p.stderr.close()
    if p.returncode not in (0, 1):
        sys.stderr.write(err[-2000:])
    return wall, ru.ru_maxrss, p.returncode


_NORMALISE = [
    (re.compile(r"`[^`]*`"), "`…`"),
    (re.compile(r"'[^']*'"), "'…'"),
    (re.compile(r"\b\d+(\.\d+)?\b"), "N"),
    (re.compile(r"\s+"), " "),
]


def normalise(text: str) -> str:
    for rx, rep in _NORMALISE:
        text = rx.sub(rep, text)
    return text.strip()


def unknown_reasons(f: dict) -> list[str]:
    """The reasons an `unknown` finding carries: its assumptions, else its scenario, else its message."""
    ev = f.get("evidence") or {}
    reasons = [a for a in (ev.get("assumptions") or []) if isinstance(a, str) and a.strip()]
    if not reasons and ev.get("scenario"):
        reasons = [ev["scenario"]]
    if not reasons:
        reasons = [f.get("message", "")]
    return reasons


def summarise(name: str, findings: list[dict], root: str) -> dict:
    by_code_verdict: dict[str, dict[str, int]] = collections.defaultdict(lambda: collections.Counter())
    reasons = collections.Counter()
    reason_example: dict[str, str] = {}
    engine: list[dict] = []
    flat = []
    for f in findings:
        code = f.get("code") or "?"
        verdict = f.get("verdict") or "none"
        by_code_verdict[code][verdict] += 1
        fname = f.get("filename") or ""
        rel = os.path.relpath(fname, root) if os.path.isabs(fname) else fname
        loc = f.get("location") or {}
        entry = {"project": name, "file": rel, "code": code, "row": loc.get("row"),
                 "column": loc.get("column"), "verdict": verdict, "message": f.get("message", "")}
        ev = f.get("evidence") or {}
        if ev:
            entry["scenario"] = ev.get("scenario")
            entry["assumptions"] = ev.get("assumptions")
        flat.append(entry)
        if code.startswith("HL9"):
            engine.append(entry)
        if verdict == "unknown" and code.startswith("HL1"):
            for r in unknown_reasons(f):
                key = normalise(r)
                reasons[key] += 1
                reason_example.setdefault(key, f"{rel}:{loc.get('row')}: {r}")
    return {
        "by_code_verdict": {c: dict(v) for c, v in sorted(by_code_verdict.items())},
        "unknown_reasons": [{"reason": r, "count": n, "example": reason_example[r]} for r, n in reasons.most_common()],
        "engine_findings": engine,
        "findings": flat,
    }


def count_py(root: str) -> int:
    n = 0
    for d, dirs, files in os.walk(root):
        n += sum(1 for f in files if f.endswith((".py", ".pyi")))
    return n


def print_project(p: dict, top: int) -> None:
    print(f"\n== {p['name']} {p['version']}  ({p['py_files']} .py files)  "
          f"wall {p['wall_s']:.1f}s  peak RSS {p['peak_rss_kib'] / 1024:.0f} MiB  exit {p['exit_code']}")
    verdicts = ["confirmed", "unknown", "refuted", "none"]
    for code, vs in p["by_code_verdict"].items():
        parts = ", ".join(f"{v} {vs[v]}" for v in verdicts if vs.get(v))
        others = ", ".join(f"{v} {n}" for v, n in vs.items() if v not in verdicts)
        print(f"  {code:6} {sum(vs.values()):5}  ({parts}{', ' + others if others else ''})")
    if p["unknown_reasons"]:
        print(f"  top unknown reasons:")
        for r in p["unknown_reasons"][:top]:
            print(f"    {r['count']:4}  {r['reason'][:150]}")
    eng = p["engine_findings"]
    if eng:
        print(f"  HL9xx: {len(eng)}")
        for e in eng[:10]:
            print(f"    {e['code']} {e['file']}:{e['row']}: {e['message'][:120]}")
        if len(eng) > 10:
            print(f"    … {len(eng) - 10} more")


def finding_key(f: dict) -> tuple:
    return (f["project"], f["file"], f["code"], f["row"], f["column"])


def compare(old_path: str, new: dict) -> dict:
    with open(old_path, encoding="utf-8") as fh:
        old = json.load(fh)
    old_f = {finding_key(f): f for p in old["projects"] for f in p["findings"]}
    new_f = {finding_key(f): f for p in new["projects"] for f in p["findings"]}
    # Only projects present in both runs are compared.
    common = {p["name"] for p in old["projects"]} & {p["name"] for p in new["projects"]}
    old_f = {k: v for k, v in old_f.items() if k[0] in common}
    new_f = {k: v for k, v in new_f.items() if k[0] in common}
    added = [new_f[k] for k in sorted(new_f.keys() - old_f.keys(), key=str)]
    removed = [old_f[k] for k in sorted(old_f.keys() - new_f.keys(), key=str)]
    changed = [{"old": old_f[k], "new": new_f[k]} for k in sorted(old_f.keys() & new_f.keys(), key=str)
               if old_f[k]["verdict"] != new_f[k]["verdict"]]
    return {"added": added, "removed": removed, "changed": changed}


def print_compare(diff: dict, limit: int) -> None:
    print(f"\n== compare: +{len(diff['added'])} added, -{len(diff['removed'])} removed, "
          f"~{len(diff['changed'])} changed verdict")
    trans = collections.Counter(f"{c['old']['code']} {c['old']['verdict']} -> {c['new']['verdict']}" for c in diff["changed"])
    for t, n in trans.most_common():
        print(f"  {n:5}  {t}")
    for label, items in (("+", diff["added"]), ("-", diff["removed"])):
        for f in items[:limit]:
            print(f"  {label} {f['project']} {f['file']}:{f['row']}:{f['column']} {f['code']} [{f['verdict']}] {f['message'][:100]}")
        if len(items) > limit:
            print(f"  {label} … {len(items) - limit} more")
    for c in diff["changed"][:limit]:
        o, n = c["old"], c["new"]
        print(f"  ~ {n['project']} {n['file']}:{n['row']}:{n['column']} {n['code']} {o['verdict']} -> {n['verdict']}: {n['message'][:100]}")
    if len(diff["changed"]) > limit:
        print(f"  ~ … {len(diff['changed']) - limit} more")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(REPO, ".build/release/heaplint"), help="heaplint binary (default: .build/release/heaplint)")
    ap.add_argument("--project", action="append", default=[], help="only this project (repeatable)")
    ap.add_argument("--projects-file", default=DATA, help="the pinned project list (default: scripts/realcode-projects.json)")
    ap.add_argument("--cache", default=CACHE, help="download and extraction folder (default: .realcode/, git-ignored)")
    ap.add_argument("--json", metavar="OUT", help="write a machine-readable summary with every finding")
    ap.add_argument("--compare", metavar="OLD.json", help="diff findings against an earlier --json file")
    ap.add_argument("--top", type=int, default=8, help="unknown reasons shown per project (default 8)")
    ap.add_argument("--limit", type=int, default=30, help="findings listed per --compare section (default 30)")
    args = ap.parse_args()

    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        print(f"heaplint binary not found: {binary} (build with `make release` or pass --bin)", file=sys.stderr)
        return 2
    projects = load_projects(args.projects_file)
    if args.project:
        wanted = {n.lower() for n in args.project}
        unknown = wanted - {p["name"].lower() for p in projects}
        if unknown:
            print(f"not in {args.projects_file}: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        projects = [p for p in projects if p["name"].lower() in wanted]
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"heaplint: {version} ({binary})")

    results = []
    out_dir = os.path.join(args.cache, "out")
    os.makedirs(out_dir, exist_ok=True)
    for proj in projects:
        archive = fetch(proj, args.cache)
        root = extract(proj, archive, args.cache)
        out_path = os.path.join(out_dir, f"{proj['name']}.json")
        wall, rss, code = run_heaplint(binary, root, out_path)
        with open(out_path, encoding="utf-8") as fh:
            findings = json.load(fh)
        summary = summarise(proj["name"], findings, root)
        summary.update({"name": proj["name"], "version": proj["version"], "py_files": count_py(root),
                        "wall_s": round(wall, 3), "peak_rss_kib": rss, "exit_code": code})
        results.append(summary)
        print_project(summary, args.top)

    totals = collections.defaultdict(collections.Counter)
    for p in results:
        for c, vs in p["by_code_verdict"].items():
            totals[c].update(vs)
    print("\n== total")
    for c, vs in sorted(totals.items()):
        print(f"  {c:6} {sum(vs.values()):5}  " + ", ".join(f"{v} {n}" for v, n in sorted(vs.items())))
    print(f"  wall {sum(p['wall_s'] for p in results):.1f}s, max peak RSS "
          f"{max((p['peak_rss_kib'] for p in results), default=0) / 1024:.0f} MiB")

    report = {"heaplint": version, "binary": binary, "projects": results,
              "totals": {c: dict(v) for c, v in sorted(totals.items())}}
    if args.compare:
        diff = compare(args.compare, report)
        print_compare(diff, args.limit)
        report["compare"] = {"against": os.path.abspath(args.compare), **diff}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1)
        print(f"\nsummary written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
