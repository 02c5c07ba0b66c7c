#!/usr/bin/env python3
"""heaplint benchmark: lint the Python standard library of this machine's python3.

Measures, in one run and on one file set: heaplint cold (no cache), warm (cache),
--no-confirm (candidates only, no heap simulation), a parse+lower floor
(`--select HL901 --no-confirm`: syntax-error reporting only, no rules), and ruff with
its closest rules; each with default threads and single-threaded. Prints a table and
ratios taken from this same run. Python 3 standard library only.

Timing is wall time around the child process; peak RSS comes from `/usr/bin/time -v`
when present, else from a tiny Python wrapper that reads getrusage(RUSAGE_CHILDREN).
Repetitions are interleaved (round-robin over the configurations) so that drift in the
machine's load hits every configuration alike. See bench/README.md.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUFF_RULES = "B006,B008,B019,B023,B039,RUF012,PLW0603,SIM115"
GNU_TIME = "/usr/bin/time"

def stdlib_files() -> tuple[str, list[str]]:
    """Every .py/.pyi file under the stdlib, minus site-packages, sorted (absolute paths)."""
    root = os.path.realpath(sysconfig.get_paths()["stdlib"])
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for name in filenames:
            if name.endswith((".py", ".pyi")):
                out.append(os.path.join(dirpath, name))
    out.sort()
    return root, out


def run_measured(cmd: list[str], cwd: str, env: dict | None, stdout_path: str) -> tuple[float, int | None, int]:
    """Run cmd; returns (wall seconds, peak RSS in KiB or None, exit code)."""
    fd, timefile = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    try:
        if os.access(GNU_TIME, os.X_OK):
            full = [GNU_TIME, "-v", "-o", timefile] + cmd
        else:
            # A fresh wrapper process per run: its RUSAGE_CHILDREN max RSS is this child's alone.
            code = ("import resource, subprocess, sys\n"
                    "rc = subprocess.call(sys.argv[2:], stdout=open(sys.argv[1], 'wb'))\n"
                    "open(sys.argv[1] + '.rss', 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
                    "sys.exit(rc)\n")
            full = [sys.executable, "-c", code, stdout_path] + cmd
        with open(stdout_path, "wb") as out:
            t0 = time.perf_counter()
            proc = subprocess.run(full, cwd=cwd, env=env, stdout=out, stderr=subprocess.PIPE)
            wall = time.perf_counter() - t0
        rss = None
        if os.access(GNU_TIME, os.X_OK):
            with open(timefile) as fh:
                for line in fh:
                    if "Maximum resident set size" in line:
                        rss = int(line.rsplit(":", 1)[1])
        elif os.path.exists(stdout_path + ".rss"):
            rss = int(open(stdout_path + ".rss").read())
            os.unlink(stdout_path + ".rss")
        if proc.returncode not in (0,):
            sys.stderr.write(f"bench: warning: exit {proc.returncode}: {' '.join(cmd[:6])} …\n"
                             + proc.stderr.decode(errors="replace")[-2000:] + "\n")
        return wall, rss, proc.returncode
    finally:
        os.unlink(timefile)


def build_tsparse() -> tuple[str | None, str]:
    """Compiles bench/tsparse/tsparse.c with the grammar heaplint vendors; (binary or None, note)."""
    src = os.path.join(REPO, "Sources/TreeSitterPython/src")
    prog = os.path.join(REPO, "bench/tsparse/tsparse.c")
    out = os.path.join(REPO, "bench/tsparse/.build/tsparse")
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    inputs = [prog, os.path.join(src, "parser.c"), os.path.join(src, "scanner.c")]
    if not all(os.path.exists(p) for p in inputs):
        return None, "grammar sources missing (run scripts/bootstrap.sh)"
    if os.path.exists(out) and os.path.getmtime(out) >= max(os.path.getmtime(p) for p in inputs):
        return out, "cached build"
    if not cc:
        return None, "no C compiler"
    os.makedirs(os.path.dirname(out), exist_ok=True)
    print("building the parse-only floor bench/tsparse (cc -O2, once)…", flush=True)
    proc = subprocess.run([cc, "-O2", "-I", src, "-o", out] + inputs + ["-ltree-sitter", "-lpthread"], capture_output=True, text=True)
    if proc.returncode != 0:
        return None, "cc failed: " + proc.stderr.strip()[-300:]
    return out, "built"


def load_json(path: str) -> list:
    try:
        with open(path, "rb") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"bench: warning: could not read JSON from {path}: {exc}\n")
        return []


def fmt_s(x: float | None) -> str:
    return "-" if x is None else f"{x:8.2f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="timed repetitions per configuration (default 3)")
    ap.add_argument("--quick", action="store_true", help="1 repetition, no single-thread runs of the slow configurations")
    ap.add_argument("--json", metavar="FILE", help="write the raw results as JSON")
    ap.add_argument("--heaplint", metavar="PATH", default=os.path.join(REPO, ".build/release/heaplint"),
                    help="heaplint binary (default: .build/release/heaplint under the repo root)")
    ap.add_argument("--no-tsparse", action="store_true",
                    help="skip the tree-sitter parse-only floor (bench/tsparse, compiled with cc on first use)")
    ap.add_argument("--per-file", action="store_true",
                    help="also time every stdlib file that has HL101 candidates alone, with and without "
                         "--no-confirm (--jobs 1), for the per-finding simulation cost distribution")
    ap.add_argument("--per-file-budget", type=float, default=240.0, metavar="SECONDS",
                    help="stop the per-file measurement after this long (default 240)")
    args = ap.parse_args()
    repeat = 1 if args.quick else max(1, args.repeat)

    heaplint = os.path.abspath(args.heaplint)
    if not os.access(heaplint, os.X_OK):
        sys.stderr.write(f"bench: error: no heaplint binary at {heaplint}; run `make release` first\n")
        return 2
    ruff = shutil.which("ruff")

    root, files = stdlib_files()
    nbytes = 0
    nlines = 0
    for f in files:
        with open(f, "rb") as fh:
            data = fh.read()
        nbytes += len(data)
        nlines += data.count(b"\n")
    hl_version = subprocess.run([heaplint, "--version"], capture_output=True, text=True).stdout.strip()
    ruff_version = subprocess.run([ruff, "--version"], capture_output=True, text=True).stdout.strip() if ruff else None
    cores = os.cpu_count()
    print(f"stdlib: {root} (python {platform.python_version()})")
    print(f"files:  {len(files)} (.py/.pyi, site-packages excluded; the same explicit list is passed to both tools)")
    print(f"size:   {nlines} lines, {nbytes / 1e6:.1f} MB")
    print(f"tools:  {hl_version} ({heaplint}); {ruff_version or 'ruff not installed: ruff rows skipped'}")
    print(f"host:   {platform.machine()}, {cores} cores, {platform.platform()}")
    load_before = os.getloadavg()
    print(f"load:   {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f} (1/5/15 min, before; other users' work shows here)")
    print(f"repeat: {repeat} (interleaved)")
    print(flush=True)

    scratch = tempfile.mkdtemp(prefix="heaplint-bench-")
    cold_dir = os.path.join(scratch, "cold")   # never gets a cache: --no-cache
    warm_dir = os.path.join(scratch, "warm")   # .heaplint_cache/ lands here
    warm1_dir = os.path.join(scratch, "warm1")
    for d in (cold_dir, warm_dir, warm1_dir):
        os.makedirs(d)
    out_dir = os.path.join(scratch, "out")
    os.makedirs(out_dir)

    base = [heaplint, "check", "--isolated", "--exit-zero", "--output-format", "json"]
    one = ["--jobs", "1"]
    env1 = dict(os.environ, RAYON_NUM_THREADS="1")
    # name -> (label, cmd, cwd, env)
    configs: dict[str, tuple[str, list[str], str, dict | None]] = {}
    def add(name, label, cmd, cwd, env=None):
        configs[name] = (label, cmd, cwd, env)
    add("cold", "heaplint cold", base + ["--no-cache"] + files, cold_dir)
    add("warm", "heaplint warm (cache)", base + files, warm_dir)
    add("noconfirm", "heaplint --no-confirm", base + ["--no-cache", "--no-confirm"] + files, cold_dir)
    add("floor", "parse+lower floor (HL901 only)", base + ["--no-cache", "--no-confirm", "--select", "HL901"] + files, cold_dir)
    if ruff:
        add("ruff", "ruff (closest rules)", [ruff, "check", "--isolated", "--no-cache", "--exit-zero", "--select", RUFF_RULES,
                                             "--output-format", "json"] + files, cold_dir)
    if not args.quick:
        add("cold_j1", "heaplint cold --jobs 1", base + ["--no-cache"] + one + files, cold_dir)
        add("warm_j1", "heaplint warm --jobs 1", base + one + files, warm1_dir)
        add("noconfirm_j1", "heaplint --no-confirm --jobs 1", base + ["--no-cache", "--no-confirm"] + one + files, cold_dir)
        add("floor_j1", "parse+lower floor --jobs 1", base + ["--no-cache", "--no-confirm", "--select", "HL901"] + one + files, cold_dir)
        if ruff:
            add("ruff_j1", "ruff RAYON_NUM_THREADS=1", configs["ruff"][1], cold_dir, env1)

    tsparse, ts_note = (None, "skipped (--no-tsparse)") if args.no_tsparse else build_tsparse()
    if tsparse:
        add("tsparse", "tree-sitter parse only (C, 1 thread)", [tsparse] + files, cold_dir)
        # The same floor with as many threads as heaplint's default --jobs (the core count: 2 here).
        add("tsparse2", f"tree-sitter parse only (C, {cores} threads)", [tsparse, "-j", str(cores)] + files, cold_dir)
    else:
        print(f"parse-only floor (bench/tsparse): {ts_note}; that row is skipped")

    # Fill the caches (untimed), and take the verdict counts from one cold run with --show-refuted.
    print("filling caches and counting findings (untimed)…", flush=True)
    for name in ("warm", "warm_j1"):
        if name in configs:
            _, cmd, cwd, env = configs[name]
            subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    counts_path = os.path.join(out_dir, "counts.json")
    with open(counts_path, "wb") as fh:
        subprocess.run(base + ["--no-cache", "--show-refuted"] + files, cwd=cold_dir, stdout=fh, stderr=subprocess.DEVNULL)
    all_findings = load_json(counts_path)

    results: dict[str, dict] = {n: {"label": c[0], "wall": [], "rss_kib": [], "exit": []} for n, c in configs.items()}
    first_output: dict[str, str] = {}
    for rep in range(repeat):
        for name, (label, cmd, cwd, env) in configs.items():
            out_path = os.path.join(out_dir, f"{name}-{rep}.json")
            wall, rss, rc = run_measured(cmd, cwd, env, out_path)
            r = results[name]
            r["wall"].append(wall)
            r["rss_kib"].append(rss)
            r["exit"].append(rc)
            first_output.setdefault(name, out_path)
            print(f"  [{rep + 1}/{repeat}] {label:34s} {wall:7.2f} s  {rss or 0:>8} KiB", flush=True)
    print()

    load_after = os.getloadavg()
    print(f"load after the timed runs: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}\n")
    for r in results.values():
        r["median"] = statistics.median(r["wall"])
        r["min"] = min(r["wall"])
        rss = [x for x in r["rss_kib"] if x is not None]
        r["peak_rss_mib"] = max(rss) / 1024 if rss else None

    # Findings.
    verdicts = collections.Counter((f.get("code"), f.get("verdict")) for f in all_findings)
    cold_shown = load_json(first_output["cold"])
    nc = load_json(first_output["noconfirm"])
    nc_codes = collections.Counter(f.get("code") for f in nc)
    candidates = sum(v for c, v in nc_codes.items() if not str(c).startswith("HL9"))
    hl101 = nc_codes.get("HL101", 0)
    ruff_codes = collections.Counter(f.get("code") for f in load_json(first_output["ruff"])) if ruff else collections.Counter()

    print(f"{'configuration':36s} {'median s':>9s} {'min s':>8s} {'peak RSS MiB':>13s}")
    for name, r in results.items():
        rss = "-" if r["peak_rss_mib"] is None else f"{r['peak_rss_mib']:.0f}"
        print(f"{r['label']:36s} {r['median']:9.2f} {r['min']:8.2f} {rss:>13s}")
    print()

    def ratio(a: str, b: str) -> float | None:
        if a in results and b in results and results[b]["median"] > 0:
            return results[a]["median"] / results[b]["median"]
        return None
    ratios = {}
    pairs = [("cold", "ruff"), ("warm", "ruff"), ("cold", "floor"), ("noconfirm", "floor"), ("cold", "noconfirm"),
             ("floor", "ruff")]
    if "tsparse" in results:
        pairs += [("floor", "tsparse"), ("cold", "tsparse")]
    if "tsparse2" in results:
        pairs += [("floor", "tsparse2"), ("cold", "tsparse2")]
    print("ratios of medians (same run)      default threads   --jobs 1 / RAYON_NUM_THREADS=1")
    for a, b in pairs:
        r0, r1 = ratio(a, b), ratio(a + "_j1", b + "_j1")
        if b == "tsparse":  # the single-threaded parse floor: compare with --jobs 1 only
            r0, r1 = None, ratio(a + "_j1", b)
        if b == "tsparse2":  # the multi-thread parse floor: compare with the default threads only
            r0, r1 = ratio(a, b), None
        if b == "tsparse":
            ratios[f"{a}_j1/{b}"] = r1
        elif b == "tsparse2":
            ratios[f"{a}/{b}"] = r0
        else:
            ratios[f"{a}/{b}"] = r0
            ratios[f"{a}_j1/{b}_j1"] = r1
        s0 = "-" if r0 is None else f"{r0:6.2f}x"
        s1 = "-" if r1 is None else f"{r1:6.2f}x"
        print(f"  {a + ' / ' + b:31s} {s0:>15s}   {s1:>15s}")
    print()

    sim = {}
    for suffix, what in (("", "default threads"), ("_j1", "--jobs 1")):
        if "cold" + suffix in results and hl101:
            d = results["cold" + suffix]["median"] - results["noconfirm" + suffix]["median"]
            sim[what] = {"seconds": d, "per_hl101_ms": 1000 * d / hl101,
                         "per_candidate_ms": 1000 * d / candidates if candidates else None}
            print(f"simulation cost ({what}): cold - no-confirm = {d:.2f} s; "
                  f"/ {hl101} HL101 candidates = {1000 * d / hl101:.1f} ms each"
                  + (f" ({candidates} candidates of all rules)" if candidates != hl101 else ""))
    print()
    print("findings:")
    print("  heaplint --no-confirm candidates: " + ", ".join(f"{c} {n}" for c, n in sorted(nc_codes.items())))
    print("  heaplint verdicts (--show-refuted run): "
          + ", ".join(f"{c} {v} {n}" for (c, v), n in sorted(verdicts.items())))
    print(f"  heaplint cold, default output (refuted hidden): {len(cold_shown)} findings")
    if ruff:
        print(f"  ruff: B006 {ruff_codes.get('B006', 0)}; " + ", ".join(f"{c} {n}" for c, n in sorted(ruff_codes.items())))
    else:
        print("  ruff: not installed, skipped (pip install ruff)")

    per_file = None
    if args.per_file:
        per_file = measure_per_file(heaplint, nc, root, cold_dir, out_dir, args.per_file_budget, 1 if args.quick else 3)

    if args.json:
        raw = {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "host": {"machine": platform.machine(), "cores": cores, "platform": platform.platform(),
                     "loadavg_before": load_before, "loadavg_after": load_after},
            "stdlib": root, "files": len(files), "lines": nlines, "bytes": nbytes,
            "heaplint": {"path": heaplint, "version": hl_version}, "ruff": ruff_version,
            "repeat": repeat,
            "configs": {n: {k: v for k, v in r.items()} | {"cmd": [a for a in configs[n][1] if a not in set(files)]
                                                              + [f"<{len(files)} files>"],
                                                              "env_RAYON_NUM_THREADS": (configs[n][3] or {}).get("RAYON_NUM_THREADS")}
                        for n, r in results.items()},
            "ratios": ratios, "simulation_cost": sim,
            "findings": {"heaplint_candidates": dict(nc_codes),
                         "heaplint_verdicts": {f"{c} {v}": n for (c, v), n in verdicts.items()},
                         "heaplint_cold_shown": len(cold_shown), "ruff": dict(ruff_codes)},
            "per_file": per_file,
        }
        with open(args.json, "w") as fh:
            json.dump(raw, fh, indent=2)
        print(f"\nraw results: {args.json}")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def measure_per_file(heaplint, nc_findings, root, cwd, out_dir, budget, reps):
    """Each file with HL101 candidates alone, --jobs 1, full vs --no-confirm: min of `reps` runs each."""
    per = collections.Counter(f["filename"] for f in nc_findings if f.get("code") == "HL101")
    base = [heaplint, "check", "--isolated", "--exit-zero", "--no-cache", "--jobs", "1", "--output-format", "json"]
    rows = []
    start = time.perf_counter()
    print(f"\nper-file simulation cost: {len(per)} files with HL101 candidates, min of {reps} runs each, --jobs 1 "
          f"(budget {budget:.0f} s)", flush=True)
    out = os.path.join(out_dir, "per-file.json")
    for path, n in sorted(per.items()):
        if time.perf_counter() - start > budget:
            print(f"  budget reached after {len(rows)} files; the rest skipped")
            break
        full_t, nc_t = [], []
        for _ in range(reps):
            nc_t.append(run_measured(base + ["--no-confirm", path], cwd, None, out)[0])
            full_t.append(run_measured(base + [path], cwd, None, out)[0])
        d = min(full_t) - min(nc_t)
        rows.append({"file": path, "hl101": n, "full_s": min(full_t), "noconfirm_s": min(nc_t),
                     "sim_s": d, "sim_per_candidate_ms": 1000 * d / n})
    if not rows:
        return {"files": []}
    per_c = sorted(r["sim_per_candidate_ms"] for r in rows)
    q = lambda p: per_c[min(len(per_c) - 1, int(p * len(per_c)))]
    summary = {"files_measured": len(rows), "files_with_candidates": len(per),
               "per_candidate_ms": {"min": per_c[0], "median": statistics.median(per_c), "p90": q(0.9), "max": per_c[-1]},
               "sum_sim_s": sum(r["sim_s"] for r in rows)}
    print(f"  sim ms per HL101 candidate over {len(rows)} files: min {per_c[0]:.1f}, median {statistics.median(per_c):.1f}, "
          f"p90 {q(0.9):.1f}, max {per_c[-1]:.1f} (negative = below timing noise)")
    print(f"  sum of per-file simulation time: {summary['sum_sim_s']:.2f} s")
    print("  slowest simulations (file, candidates, full s, no-confirm s, sim s):")
    for r in sorted(rows, key=lambda r: -r["sim_s"])[:5]:
        print(f"    {os.path.relpath(r['file'], root)}  {r['hl101']}  "
              f"{r['full_s']:.2f}  {r['noconfirm_s']:.2f}  {r['sim_s']:.2f}")
    return {"summary": summary, "files": rows}


if __name__ == "__main__":
    sys.exit(main())
