#!/usr/bin/env python3
"""Property test for `heaplint check --fix --unsafe-fixes`.

Copies the corpus (and any directory given on the command line, e.g. the standard library), adds
generated variants of every corpus file (tabs, CRLF, lone CR, one-line bodies, bodies after a line
continuation, `async def`, methods, both defaults of a def at once), runs `--fix --unsafe-fixes
--no-confirm` over the copy (without the simulation every candidate is `unknown`, so every
candidate's fix is applied, refuted ones' too, and the run takes a minute, not several) and checks:
  1. every file that compiled before (CPython's `compile()`, i.e. `py_compile`) still compiles;
  2. a second `--fix --unsafe-fixes` run changes nothing.
heaplint never runs the code it lints; this script only compiles it, to check heaplint's output.

    python3 scripts/fix_property.py                      # corpus + variants (run by `make test`)
    python3 scripts/fix_property.py /usr/lib/python3.13  # plus a copy of the standard library
Binary: $HEAPLINT_BIN, else .build/release/heaplint, else .build/debug/heaplint.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    for candidate in (os.environ.get("HEAPLINT_BIN"), os.path.join(ROOT, ".build/release/heaplint"),
                      os.path.join(ROOT, ".build/debug/heaplint")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("fix_property: no heaplint binary (run `make release` or set HEAPLINT_BIN)")


def compiles(data):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, "<fix-property>", "exec", dont_inherit=True)
            return True
        except (SyntaxError, ValueError):
            return False


MUTABLE_DEF = re.compile(rb"^([ \t]*)((?:async[ \t]+)?def[^\n]*=\s*(?:\[\]|\{\}|set\(\)|list\(\)|dict\(\))[^\n]*:)[ \t]*\n"
                         rb"([ \t]+)([^\n]+)\n", re.M)


def variants(data):
    """name -> bytes; the caller keeps only those that compile."""
    out = {}
    if b"\t" not in data:
        out["tabs"] = re.sub(rb"^((?:    )+)", lambda m: b"\t" * (len(m.group(1)) // 4), data, flags=re.M)
    if b"\r" not in data:
        out["crlf"] = data.replace(b"\n", b"\r\n")
        out["cr"] = data.replace(b"\n", b"\r")
    out["oneline"] = MUTABLE_DEF.sub(lambda m: m.group(1) + m.group(2) + b" " + m.group(4) + b"\n", data)
    out["continuation"] = MUTABLE_DEF.sub(lambda m: m.group(1) + m.group(2) + b" \\\n" + m.group(3) + m.group(4) + b"\n", data)
    out["continuation-crlf"] = out["continuation"].replace(b"\n", b"\r\n") if b"\r" not in data else data
    out["async"] = re.sub(rb"^([ \t]*)def ", rb"\1async def ", data, flags=re.M)
    out["method"] = b"class Wrapper:\n" + b"".join(
        (b"    " + line if line.strip() else line) for line in data.splitlines(keepends=True))
    out["semicolon"] = MUTABLE_DEF.sub(lambda m: m.group(0)[:-1] + b"; pass\n", data)
    return {k: v for k, v in out.items() if v != data}


def collect(directory):
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = [d for d in dirnames if d not in ("__pycache__", ".git", "site-packages")]
        for name in filenames:
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def main(argv):
    heaplint = binary()
    work = tempfile.mkdtemp(prefix="heaplint-fix-property-")
    try:
        files = {}  # path in the copy -> original bytes
        for i, path in enumerate(sorted(collect(os.path.join(ROOT, "corpus")))):
            with open(path, "rb") as f:
                data = f.read()
            rel = os.path.relpath(path, ROOT)
            base = os.path.join(work, "corpus", rel)
            files[base] = data
            for name, variant in variants(data).items():
                files[os.path.join(work, "variants", name, rel)] = variant
        for k, extra in enumerate(argv):
            for path in collect(extra):
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                files[os.path.join(work, "extra%d" % k, os.path.relpath(path, extra))] = data
        compiled = {}
        for path, data in files.items():
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            compiled[path] = compiles(data)

        def run():
            # No configuration file applies (--isolated); heaplint-todo markers and excludes do not matter here.
            p = subprocess.run([heaplint, "check", "--isolated", "--no-cache", "--no-confirm", "--fix", "--unsafe-fixes",
                                "--output-format", "concise", "--exit-zero", "."],
                               cwd=work, capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit("fix_property: heaplint exited %d:\n%s%s" % (p.returncode, p.stdout[-2000:], p.stderr[-2000:]))
            return p.stdout

        first = run()
        after = {}
        broken, refused = [], []
        for path in files:
            with open(path, "rb") as f:
                after[path] = f.read()
            if compiled[path] and not compiles(after[path]):
                broken.append(path)
        for line in first.splitlines():
            if "a fix would make the file fail to parse" in line:
                refused.append(line)
        second = run()
        unstable = []
        for path in files:
            with open(path, "rb") as f:
                if f.read() != after[path]:
                    unstable.append(path)
        changed = sum(1 for p in files if after[p] != files[p])
        total_compiled = sum(compiled.values())
        print("fix_property: %d files (%d compiled), %d changed by --fix, %d broken, %d refused by the syntax guard, "
              "%d changed again by a second run" % (len(files), total_compiled, changed, len(broken), len(refused), len(unstable)))
        for path in broken[:20]:
            print("  no longer compiles:", os.path.relpath(path, work))
        for line in refused[:20]:
            print("  guard:", line)
        for path in unstable[:20]:
            print("  changed again:", os.path.relpath(path, work))
        return 1 if broken or refused or unstable else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
