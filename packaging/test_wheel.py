#!/usr/bin/env python3
"""The wheel as users get it, checked for real (run by `make test` after the release build).

1. The binary inside dist/heaplint-VERSION-*.whl needs only glibc, libstdc++ and libgcc (`ldd`), and
   the wheel's platform tag is manylinux_2_N where GLIBC_2.N is the highest version `objdump -T`
   lists; `auditwheel show` (from PyPI) must agree with that tag.
2. With every directory holding `swift` removed from PATH, the wheel installs into a fresh virtualenv
   (pip pointed at dist/, index disabled) and `heaplint check` finds the leak in a leaking file and
   nothing in a clean one.
3. `pre-commit try-repo <this checkout> heaplint` with Swift off PATH and PIP_FIND_LINKS=dist
   PIP_NO_INDEX=1 fails on the leaking file and passes on the clean one and on an excluded leaking
   file (the hooks pass --force-exclude); `heaplint-system` does the same with the wheel's heaplint
   on PATH.
4. Where Swift is installed, `pip install .` from the checkout builds and installs the binary.
Also: the sdist holds the tracked sources (not the fetched grammar) and always builds the binary.

pre-commit, virtualenv and auditwheel come from PyPI into a git-ignored venv (.venv-wheel-test/),
kept between runs. Timings are printed, never asserted.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import heaplint_build  # noqa: E402

TOOLS = os.path.join(ROOT, ".venv-wheel-test")
ALLOWED = {"linux-vdso.so.1", *heaplint_build.ALLOWED_LIBS}

LEAKY = '''"""A module-level cache that only grows."""


def remember(item, seen=[]):
    seen.append(item)
    return len(seen)


def handle(events):
    for event in events:
        remember(event)
'''
CLEAN = '''"""The same without the shared default."""


def remember(item, seen=None):
    if seen is None:
        seen = []
    seen.append(item)
    return len(seen)
'''

failures = []
timings = []


def check(ok, what, p=None):
    """Prints the check; on failure also the tail of the command's output `p`."""
    print(("ok   " if ok else "FAIL ") + what + (show(p) if p is not None and not ok else ""), flush=True)
    if not ok:
        failures.append(what)


def run(cmd, env=None, cwd=None, timed=None):
    start = time.monotonic()
    p = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    elapsed = time.monotonic() - start
    if timed:
        timings.append((timed, elapsed))
    return p


def show(p):
    return "\n    " + "\n    ".join(p.stdout.strip().splitlines()[-25:])


def no_swift_env(**extra):
    """The environment with every PATH entry that holds a `swift` executable left out."""
    env = dict(os.environ)
    dirs = [d for d in env.get("PATH", "").split(os.pathsep)
            if d and not os.path.exists(os.path.join(d, "swift"))]
    env["PATH"] = os.pathsep.join(dirs)
    for var in ("VIRTUAL_ENV", "PYTHONPATH", "PIP_REQUIRE_VIRTUALENV"):
        env.pop(var, None)
    env.update(extra)
    return env


def the_wheel(dist):
    ver = heaplint_build.version()
    wheels = sorted(glob.glob(os.path.join(dist, f"heaplint-{ver}-py3-none-*.whl")),
                    key=os.path.getmtime)
    if not wheels:
        sys.exit(f"no heaplint-{ver}-*.whl in {dist}: run `make wheel` first")
    return wheels[-1]


def tools_venv():
    """pre-commit, virtualenv and auditwheel from PyPI, installed once."""
    py = os.path.join(TOOLS, "bin", "python")
    need = ["pre-commit", "virtualenv", "auditwheel"]
    if not all(os.path.exists(os.path.join(TOOLS, "bin", t)) for t in need):
        if not os.path.exists(py):
            subprocess.run([sys.executable, "-m", "venv", TOOLS], check=True)
        subprocess.run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *need],
                       check=True)
    return os.path.join(TOOLS, "bin")


def fixture_repo(base):
    repo = os.path.join(base, "project")
    os.makedirs(os.path.join(repo, "migrations"))
    for name, text in [("leaky.py", LEAKY), ("clean.py", CLEAN), ("migrations/0001_leaky.py", LEAKY),
                       ("pyproject.toml", '[tool.heaplint]\nextend-exclude = ["migrations/"]\n')]:
        with open(os.path.join(repo, name), "w") as f:
            f.write(text)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q", repo], check=True)
    subprocess.run(git + ["add", "-A"], cwd=repo, check=True)
    subprocess.run(git + ["commit", "-qm", "fixture"], cwd=repo, check=True)
    return repo


def main():
    dist = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dist"))
    wheel = the_wheel(dist)
    tag = re.search(r"-py3-none-(.+)\.whl$", wheel).group(1)
    print(f"wheel: {os.path.relpath(wheel, ROOT)} ({os.path.getsize(wheel) / 1e6:.1f} MB)")
    bin_dir = tools_venv()

    with tempfile.TemporaryDirectory(prefix="heaplint-wheel-test-") as tmp:
        # 1. What the binary needs, and the tag that says so.
        ver = heaplint_build.version()
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
            inner = f"heaplint-{ver}.data/scripts/heaplint"
            check(inner in names, f"the wheel holds {inner}")
            binary = zf.extract(inner, tmp)
        os.chmod(binary, 0o755)
        ldd = run(["ldd", binary])
        libs = {line.split()[0] for line in ldd.stdout.splitlines() if line.strip()}
        libs = {os.path.basename(lib) for lib in libs}
        check(ldd.returncode == 0 and libs and libs <= ALLOWED,
              f"ldd: the binary needs only glibc, libstdc++ and libgcc: {sorted(libs)}")
        check(not any("tree-sitter" in lib or "swift" in lib for lib in libs),
              "no libtree-sitter.so, no Swift runtime library")
        objdump = run(["objdump", "-T", binary])
        glibc = sorted({tuple(map(int, v.split(".")))
                        for v in re.findall(r"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b", objdump.stdout)})
        check(objdump.returncode == 0 and glibc, "objdump -T lists GLIBC_ symbol versions")
        if glibc:
            want = f"manylinux_{glibc[-1][0]}_{glibc[-1][1]}_x86_64"
            check(tag == want, f"platform tag {tag} = highest GLIBC_ version in objdump -T ({want})")
        aw = run([os.path.join(bin_dir, "auditwheel"), "show", wheel])
        m = re.search(r'platform tag[^"]*"(manylinux_\d+_\d+_\w+)"', aw.stdout.replace("\n", " "))
        check(m is not None and m.group(1) == tag,
              f"auditwheel show: the wheel is consistent with {m.group(1) if m else '?'}", aw)

        # The sdist: the tracked sources, whose pyproject.toml always builds the binary.
        sdist = os.path.join(tmp, "sdist", heaplint_build.checkout.build_sdist(os.path.join(tmp, "sdist")))
        with tarfile.open(sdist) as tar:
            members = set(tar.getnames())
            pyproject = tar.extractfile(f"heaplint-{ver}/pyproject.toml").read().decode()
        want = {f"heaplint-{ver}/{f}" for f in ["PKG-INFO", "Package.swift", "Makefile",
                                                  "scripts/bootstrap.sh", "packaging/heaplint_build.py",
                                                  "Sources/heaplint/Version.swift"]}
        check(want <= members and not any("TreeSitterPython/src/" in m for m in members)
              and 'build-backend = "heaplint_build"' in pyproject,
              f"sdist {os.path.basename(sdist)}: {len(members)} tracked files, no fetched grammar, "
              "builds the binary")

        repo = fixture_repo(tmp)
        leaky, clean = os.path.join(repo, "leaky.py"), os.path.join(repo, "clean.py")

        # 2. A fresh virtualenv, Swift off PATH, pip on dist/ only.
        env = no_swift_env(PIP_FIND_LINKS=dist, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
        check(shutil.which("swift", path=env["PATH"]) is None, "swift is not on the test's PATH")
        venv = os.path.join(tmp, "venv")
        p = run([os.path.join(bin_dir, "virtualenv"), "-q", venv], env=env)
        check(p.returncode == 0, "virtualenv", p)
        p = run([os.path.join(venv, "bin", "pip"), "install", "heaplint"], env=env,
                timed="pip install heaplint (fresh venv, --no-index, find-links dist/)")
        check(p.returncode == 0, "pip install heaplint from dist/ with the index disabled", p)
        env_venv = dict(env, PATH=os.path.join(venv, "bin") + os.pathsep + env["PATH"])
        check(shutil.which("heaplint", path=env_venv["PATH"]) == os.path.join(venv, "bin", "heaplint"),
              "pip put heaplint on the venv's PATH")
        p = run(["heaplint", "check", "--no-cache", leaky], env=env_venv, cwd=repo,
                timed="heaplint check leaky.py (installed wheel)")
        check(p.returncode == 1 and "HL101" in p.stdout and "confirmed" in p.stdout,
              "installed heaplint: leaky.py → exit 1, HL101 confirmed", p)
        p = run(["heaplint", "check", "--no-cache", clean], env=env_venv, cwd=repo)
        check(p.returncode == 0, "installed heaplint: clean.py → exit 0", p)
        p = run([os.path.join(venv, "bin", "python"), "-m", "heaplint", "version"], env=env_venv)
        check(p.returncode == 0 and ver in p.stdout, f"python -m heaplint version → {p.stdout.strip()}")

        # 3. pre-commit, both hooks, Swift off PATH.
        pre_commit = os.path.join(bin_dir, "pre-commit")
        for hook, hook_env in [("heaplint", env), ("heaplint-system", env_venv)]:
            for files, rc, what in [(["leaky.py"], 1, "fails on leaky.py"),
                                    (["clean.py", "migrations/0001_leaky.py"], 0,
                                     "passes on clean.py and on a leaky file the config excludes "
                                     "(--force-exclude)")]:
                home = os.path.join(tmp, f"pre-commit-home-{hook}-{files[0].replace('/', '_')}")
                p = run([pre_commit, "try-repo", ROOT, hook, "--files", *files],
                        env=dict(hook_env, PRE_COMMIT_HOME=home), cwd=repo,
                        timed=f"pre-commit try-repo {hook} --files {files[0]} (first run: env + lint)")
                ok = p.returncode == rc and ("HL101" in p.stdout) == (rc == 1)
                check(ok, f"pre-commit try-repo {hook} {what}", p)

        # 4. pip install . where Swift is installed: the backend builds (here: finds up to date).
        if shutil.which("swift"):
            src_venv = os.path.join(tmp, "venv-src")
            env_src = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
            env_src.pop("HEAPLINT_BINARY", None)
            run([os.path.join(bin_dir, "virtualenv"), "-q", src_venv], env=env_src)
            p = run([os.path.join(src_venv, "bin", "pip"), "install", ROOT], env=env_src,
                    timed="pip install . (Swift on PATH, release build up to date)")
            check(p.returncode == 0, "pip install . from the checkout with Swift on PATH", p)
            p = run([os.path.join(src_venv, "bin", "heaplint"), "check", "--no-cache", leaky], cwd=repo)
            check(p.returncode == 1 and "HL101" in p.stdout, "heaplint built by pip install . lints", p)
        else:
            print("skip pip install . from source: no Swift toolchain on PATH")

    print("\ntimings (seconds):")
    for what, secs in timings:
        print(f"  {secs:7.2f}  {what}")
    if failures:
        print(f"\n{len(failures)} wheel check(s) failed")
        return 1
    print("\nwheel checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
