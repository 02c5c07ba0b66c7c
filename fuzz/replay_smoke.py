#!/usr/bin/env python3
"""The fuzz smoke test of `make test`: deterministic mutations of the seeds and the corpus, replayed.

    python3 fuzz/replay_smoke.py BIN [--inputs N] [--seed S]

BIN is `heaplint-fuzz` from an ordinary build (the replayer: without libFuzzer it runs the fuzz
target's checks on each file it is given, the same oracles `make fuzz` uses: no crash or hang, a
fix never breaks the syntax, a second fix changes nothing). The inputs are N mutations (default
8,000) of `fuzz/seeds/` and the corpus made with a fixed seed, so every run replays the same ones:
bytes flipped, inserted and deleted, lines duplicated, dropped and swapped, Python tokens spliced
in, cut at a random point, two files joined. Exit status: the replayer's (1 and the input's path
on the first failing input). Python 3 standard library only. `make fuzz` explores with libFuzzer's
coverage guidance; this keeps `make test` to one build of the sources it tests.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKENS = [b"def ", b"class ", b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b"=", b"\n", b"    ", b"\t",
          b"lambda ", b"yield ", b"return ", b"=[]", b"={}", b"=set()", b"#", b"'", b'"', b'f"{', b'"""',
          b"\\", b"async ", b"await ", b"*", b"**", b"@", b"if ", b"else:", b"for x in ", b"with ", b"\x00",
          b"\xef\xbb\xbf", b"\xff", b"# noqa: HL101", b"# -*- coding: latin-1 -*-\n", b"t'{x}'", b"match x:\n"]


def sources() -> list[bytes]:
    out = []
    for base in (os.path.join(ROOT, "fuzz", "seeds"), os.path.join(ROOT, "corpus")):
        for d, _, files in sorted(os.walk(base)):
            for f in sorted(files):
                if f.endswith(".py") or base.endswith("seeds"):
                    with open(os.path.join(d, f), "rb") as fh:
                        data = fh.read()
                    if 0 < len(data) <= 16384:
                        out.append(data)
    return out


def mutate(rng: random.Random, data: bytes, other: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        n = len(b)
        if op == 0 and n:
            b[rng.randrange(n)] = rng.randrange(256)
        elif op == 1:
            b[rng.randint(0, n):rng.randint(0, n)] = b""  # (an empty or reversed range deletes nothing)
        elif op == 2:
            i = rng.randint(0, n)
            b[i:i] = rng.choice(TOKENS)
        elif op in (3, 4, 5):
            lines = bytes(b).split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if op == 3:
                lines.insert(i, lines[j])
            elif op == 4 and len(lines) > 1:
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            b = bytearray(b"\n".join(lines))
        elif op == 6:
            del b[rng.randint(0, n):]
        elif op == 7:
            b += other[rng.randint(0, len(other)):]
        else:
            i = rng.randint(0, n)
            b[i:i] = other[: rng.randint(0, min(len(other), 400))]
    return bytes(b[:16384])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bin", help="heaplint-fuzz (the replayer of an ordinary build)")
    ap.add_argument("--inputs", type=int, default=8000, help="mutated inputs to replay (default 8000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--batch", type=int, default=400, help="inputs per replayer process (default 400)")
    args = ap.parse_args()
    if not os.access(args.bin, os.X_OK):
        print(f"replay_smoke: no replayer at {args.bin}", file=sys.stderr)
        return 2
    pool = sources()
    if not pool:
        print("replay_smoke: no seeds found", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="heaplint-fuzz-smoke-")
    try:
        paths = []
        for k in range(args.inputs):
            path = os.path.join(work, f"in{k:05d}.py")
            with open(path, "wb") as fh:
                fh.write(mutate(rng, rng.choice(pool), rng.choice(pool)))
            paths.append(path)
        for i in range(0, len(paths), args.batch):
            chunk = paths[i:i + args.batch]
            p = subprocess.run([args.bin, *chunk], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=1800,
                               env=dict(os.environ, SWIFT_BACKTRACE="enable=no"))
            if p.returncode != 0:
                done = p.stdout.decode(errors="replace").count("\nok ") + p.stdout.startswith(b"ok ")
                bad = chunk[done] if done < len(chunk) else chunk[-1]
                keep = os.path.join(ROOT, "fuzz", "crashes")
                os.makedirs(keep, exist_ok=True)
                shutil.copy(bad, os.path.join(keep, "smoke-" + os.path.basename(bad)))
                sys.stderr.write(p.stderr.decode(errors="replace")[-3000:])
                print(f"replay_smoke: input failed (kept as fuzz/crashes/smoke-{os.path.basename(bad)})", file=sys.stderr)
                return 1
        print(f"replay_smoke: {len(paths)} mutated inputs of {len(pool)} seeds and corpus files, no failure")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
