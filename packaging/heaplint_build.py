"""heaplint's PEP 517 build backend: the wheel is one release binary, as ruff's is.

Two backends live here (standard library only, no build requirements):

* ``heaplint_build`` (``packaging/pyproject.toml``, and the sdist's): builds the ``heaplint``
  wheel. The binary is ``$HEAPLINT_BINARY`` when set, else it is built from the checkout with
  ``scripts/bootstrap.sh`` and ``swift build -c release --static-swift-stdlib`` (``make wheel``
  runs the script below on the release binary it already built). The binary goes to
  ``<name>.data/scripts/`` (pip puts it on PATH), next to a tiny ``heaplint`` package for
  ``python -m heaplint``.

* ``heaplint_build:checkout`` (the repository's ``pyproject.toml``, used by ``pip install .`` and
  by pre-commit's ``language: python`` hook): the same where a Swift toolchain is on PATH (or
  ``$HEAPLINT_BINARY`` is set); without one, it builds the thin ``heaplint-pre-commit`` wheel whose
  only job is to depend on ``heaplint==VERSION``, so pip installs the binary wheel from an index
  or ``PIP_FIND_LINKS`` (ruff-pre-commit's model).

Both build the same sdist: the files git tracks, with a pyproject.toml that always builds the binary.

The platform tag is computed from the binary: ``manylinux_2_N_<arch>`` where ``GLIBC_2.N`` is the
highest glibc symbol version the binary needs (read from its ELF version-needs section). The build
refuses a binary that needs a shared library outside glibc, libstdc++ and libgcc.

Run as a script, it writes a wheel from an existing binary:
``python3 packaging/heaplint_build.py --binary .build/release/heaplint --out dist``.
"""

import base64
import hashlib
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NAME = "heaplint"
HOOK_NAME = "heaplint-pre-commit"
SUMMARY = "Find memory-leak-prone Python patterns and prove or disprove each with a CPython heap simulation"

# The shared libraries a manylinux wheel may need (PEP 600 / auditwheel's policy, minus the X11
# and GL ones a linter has no use for).
ALLOWED_LIBS = {
    "libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0", "libutil.so.1",
    "libresolv.so.2", "libgcc_s.so.1", "libstdc++.so.6", "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}
ELF_ARCH = {0x3E: "x86_64", 0xB7: "aarch64"}


# --- version -------------------------------------------------------------------------------------

def version():
    """The version in Sources/heaplint/Version.swift, the one place it lives."""
    path = os.path.join(ROOT, "Sources", "heaplint", "Version.swift")
    with open(path, encoding="utf-8") as f:
        m = re.search(r'static let number = "([^"]+)"', f.read())
    if not m:
        raise RuntimeError(f"no `static let number = \"…\"` in {path}")
    return m.group(1)


# --- ELF -----------------------------------------------------------------------------------------

def elf_info(path):
    """(arch, needed shared libraries, {library: set of symbol versions}) of a 64-bit LE ELF file."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise RuntimeError(f"{path} is not a 64-bit little-endian ELF binary")
    (machine,) = struct.unpack_from("<H", data, 0x12)
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = []
    for i in range(shnum):
        _name, typ, _flags, _addr, off, size, link, info, _align, _entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + i * shentsize)
        sections.append((typ, off, size, link, info))

    def cstr(strtab, offset):
        start = sections[strtab][1] + offset
        return data[start:data.index(b"\0", start)].decode()

    needed, versions = [], {}
    for typ, off, size, link, info in sections:
        if typ == 6:  # SHT_DYNAMIC
            for pos in range(off, off + size, 16):
                tag, val = struct.unpack_from("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == 1:  # DT_NEEDED
                    needed.append(cstr(link, val))
        elif typ == 0x6FFFFFFE:  # SHT_GNU_verneed
            pos = off
            for _ in range(info):
                _ver, cnt, file_off, aux, nxt = struct.unpack_from("<HHIII", data, pos)
                names = versions.setdefault(cstr(link, file_off), set())
                apos = pos + aux
                for _ in range(cnt):
                    _hash, _fl, _other, name_off, anext = struct.unpack_from("<IHHII", data, apos)
                    names.add(cstr(link, name_off))
                    apos += anext
                pos += nxt
    return ELF_ARCH.get(machine, f"elf-machine-{machine:#x}"), needed, versions


def platform_tag(binary):
    """manylinux_2_N_<arch> for the highest GLIBC_2.N the binary needs; refuses other libraries."""
    arch, needed, versions = elf_info(binary)
    extra = [lib for lib in needed if lib not in ALLOWED_LIBS]
    if extra:
        raise RuntimeError(
            f"{binary} needs {', '.join(extra)}; a wheel may need only glibc, libstdc++ and libgcc "
            "(build it with --static-swift-stdlib; tree-sitter is linked from libtree-sitter.a)")
    glibc = [tuple(int(x) for x in v[len("GLIBC_"):].split("."))
             for vs in versions.values() for v in vs if re.fullmatch(r"GLIBC_\d+(\.\d+)+", v)]
    major, minor = max(glibc)[:2] if glibc else (2, 17)
    return f"manylinux_{major}_{max(minor, 17)}_{arch}"


# --- wheel writing -------------------------------------------------------------------------------

def _record_line(arcname, payload):
    digest = base64.urlsafe_b64encode(hashlib.sha256(payload).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(payload)}"


def _write_wheel(path, files):
    """files: [(arcname, bytes, executable)] — RECORD is added last. Timestamps are fixed."""
    dist_info = next(a.split("/")[0] for a, _, _ in files if a.endswith(".dist-info/METADATA"))
    stamp = (1980, 1, 1, 0, 0, 0)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        import time
        stamp = time.gmtime(max(int(epoch), 315532800))[:6]
    records = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for arcname, payload, executable in files:
            zi = zipfile.ZipInfo(arcname, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = ((0o755 if executable else 0o644) | stat.S_IFREG) << 16
            zf.writestr(zi, payload)
            records.append(_record_line(arcname, payload))
        record = f"{dist_info}/RECORD"
        records.append(f"{record},,")
        zi = zipfile.ZipInfo(record, date_time=stamp)
        zi.external_attr = (0o644 | stat.S_IFREG) << 16
        zf.writestr(zi, "\n".join(records) + "\n")


def _metadata(name, ver, requires=()):
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {name}",
        f"Version: {ver}",
        f"Summary: {SUMMARY}",
        "Classifier: Environment :: Console",
        "Classifier: Programming Language :: Python :: 3",
        "Classifier: Topic :: Software Development :: Quality Assurance",
    ]
    lines += [f"Requires-Dist: {r}" for r in requires]
    return "\n".join(lines) + "\n"


def _wheel_file(tag, purelib):
    return (f"Wheel-Version: 1.0\nGenerator: heaplint_build\n"
            f"Root-Is-Purelib: {'true' if purelib else 'false'}\nTag: {tag}\n")


MAIN_PY = '''"""`python -m heaplint`: runs the heaplint binary this wheel installed."""
import os
import sys
import sysconfig


def find_heaplint_bin():
    exe = "heaplint" + (sysconfig.get_config_var("EXE") or "")
    candidates = [os.path.join(sysconfig.get_path("scripts"), exe)]
    user = sysconfig.get_path("scripts", scheme=os.name + "_user") if os.name == "posix" else None
    if user:
        candidates.append(os.path.join(user, exe))
    for path in candidates:
        if os.path.isfile(path):
            return path
    raise FileNotFoundError(exe)


if __name__ == "__main__":
    binary = find_heaplint_bin()
    os.execv(binary, [binary, *sys.argv[1:]])
'''


def write_binary_wheel(binary, out_dir, strip=True):
    """Writes heaplint-VERSION-py3-none-<platform>.whl holding `binary`; returns its file name."""
    ver = version()
    tag = f"py3-none-{platform_tag(binary)}"
    dist = f"{NAME}-{ver}"
    with tempfile.TemporaryDirectory() as tmp:
        payload_path = binary
        if strip and shutil.which("strip"):
            payload_path = os.path.join(tmp, "heaplint")
            shutil.copyfile(binary, payload_path)
            subprocess.run(["strip", payload_path], check=True)
        with open(payload_path, "rb") as f:
            payload = f.read()
    files = [
        (f"{NAME}/__init__.py", b'"""heaplint is a binary: see `heaplint --help`."""\n', False),
        (f"{NAME}/__main__.py", MAIN_PY.encode(), False),
        (f"{dist}.data/scripts/heaplint", payload, True),
        (f"{dist}.dist-info/METADATA", _metadata(NAME, ver).encode(), False),
        (f"{dist}.dist-info/WHEEL", _wheel_file(tag, purelib=False).encode(), False),
    ]
    os.makedirs(out_dir, exist_ok=True)
    name = f"{dist}-{tag}.whl"
    for old in os.listdir(out_dir):  # a wheel of this version for another tag would be stale
        if old.startswith(f"{dist}-py3-none-") and old.endswith(".whl") and old != name:
            os.remove(os.path.join(out_dir, old))
    _write_wheel(os.path.join(out_dir, name), files)
    return name


def write_hook_wheel(out_dir):
    """The thin heaplint-pre-commit wheel: no files, one dependency on heaplint==VERSION."""
    ver = version()
    dist = f"{HOOK_NAME.replace('-', '_')}-{ver}"
    files = [
        (f"{dist}.dist-info/METADATA", _metadata(HOOK_NAME, ver, [f"{NAME}=={ver}"]).encode(), False),
        (f"{dist}.dist-info/WHEEL", _wheel_file("py3-none-any", purelib=True).encode(), False),
    ]
    os.makedirs(out_dir, exist_ok=True)
    name = f"{dist}-py3-none-any.whl"
    _write_wheel(os.path.join(out_dir, name), files)
    return name


def build_binary_from_source():
    """scripts/bootstrap.sh, then the release build `make release` runs; returns the binary."""
    if not os.path.isdir(os.path.join(ROOT, "Sources")):
        raise RuntimeError(f"{ROOT} is not a heaplint source checkout")
    swift = shutil.which("swift")
    if not swift:
        raise RuntimeError("building heaplint needs a Swift 6.3 toolchain on PATH "
                           "(or HEAPLINT_BINARY=/path/to/a/release/binary)")
    out = sys.stderr
    subprocess.run(["bash", os.path.join(ROOT, "scripts", "bootstrap.sh")], cwd=ROOT, check=True,
                   stdout=out)
    subprocess.run([swift, "build", "-c", "release", "--static-swift-stdlib", "--product", NAME],
                   cwd=ROOT, check=True, stdout=out)
    return os.path.join(ROOT, ".build", "release", NAME)


def _given_binary():
    binary = os.environ.get("HEAPLINT_BINARY")
    if binary and not os.path.isfile(binary):
        raise RuntimeError(f"HEAPLINT_BINARY={binary}: no such file")
    return binary


# --- PEP 517: the heaplint wheel (packaging/pyproject.toml) -------------------------------------

def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    dist_info = f"{NAME}-{version()}.dist-info"
    os.makedirs(os.path.join(metadata_directory, dist_info), exist_ok=True)
    with open(os.path.join(metadata_directory, dist_info, "METADATA"), "w") as f:
        f.write(_metadata(NAME, version()))
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return write_binary_wheel(_given_binary() or build_binary_from_source(), wheel_directory)


# --- sdist -------------------------------------------------------------------------------------

SDIST_PYPROJECT = """# heaplint's source distribution: building its wheel needs Swift 6.3 (see packaging/).
[build-system]
requires = []
build-backend = "heaplint_build"
backend-path = ["packaging"]
"""


def _source_files():
    """The files git tracks (the fetched grammar and build output are not among them)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        files = sorted(f for f in out.decode().split("\0") if f and os.path.isfile(os.path.join(ROOT, f)))
        if "Package.swift" in files:
            return files
    except (OSError, subprocess.CalledProcessError):
        pass
    skip = {".git", ".build", "dist", "__pycache__", ".heaplint_cache", ".swiftpm"}
    files = []
    for d, dirs, names in os.walk(ROOT):
        rel = os.path.relpath(d, ROOT)
        dirs[:] = [x for x in dirs if x not in skip and not x.startswith((".build", ".venv"))
                   and os.path.join(rel, x) != os.path.join("Sources", "TreeSitterPython", "src")]
        files += [os.path.normpath(os.path.join(rel, n)) for n in names]
    return sorted(files)


def build_sdist(sdist_directory, config_settings=None):
    """heaplint-VERSION.tar.gz: the tracked sources; its pyproject.toml always builds the binary."""
    import io
    import tarfile
    ver = version()
    base = f"{NAME}-{ver}"
    os.makedirs(sdist_directory, exist_ok=True)
    name = f"{base}.tar.gz"
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))

    def add_bytes(tar, arcname, payload):
        info = tarfile.TarInfo(f"{base}/{arcname}")
        info.size, info.mtime, info.mode = len(payload), mtime, 0o644
        tar.addfile(info, io.BytesIO(payload))

    with tarfile.open(os.path.join(sdist_directory, name), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for rel in _source_files():
            if rel in ("pyproject.toml", "PKG-INFO"):
                continue
            info = tar.gettarinfo(os.path.join(ROOT, rel), f"{base}/{rel}")
            info.mtime, info.uid, info.gid, info.uname, info.gname = mtime, 0, 0, "", ""
            with open(os.path.join(ROOT, rel), "rb") as f:
                tar.addfile(info, f)
        add_bytes(tar, "pyproject.toml", SDIST_PYPROJECT.encode())
        add_bytes(tar, "PKG-INFO", _metadata(NAME, ver).encode())
    return name


def get_requires_for_build_sdist(config_settings=None):
    return []


# --- PEP 517: the checkout (the repository's pyproject.toml, pre-commit's `pip install .`) ------

class checkout:  # noqa: N801 — a PEP 517 backend object: `build-backend = "heaplint_build:checkout"`
    """Builds heaplint where it can (Swift on PATH or HEAPLINT_BINARY), else the thin hook wheel."""

    @staticmethod
    def _builds_binary():
        return bool(os.environ.get("HEAPLINT_BINARY") or shutil.which("swift"))

    @staticmethod
    def get_requires_for_build_wheel(config_settings=None):
        return []

    @staticmethod
    def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
        if checkout._builds_binary():
            return prepare_metadata_for_build_wheel(metadata_directory, config_settings)
        ver = version()
        dist_info = f"{HOOK_NAME.replace('-', '_')}-{ver}.dist-info"
        os.makedirs(os.path.join(metadata_directory, dist_info), exist_ok=True)
        with open(os.path.join(metadata_directory, dist_info, "METADATA"), "w") as f:
            f.write(_metadata(HOOK_NAME, ver, [f"{NAME}=={ver}"]))
        return dist_info

    get_requires_for_build_sdist = staticmethod(get_requires_for_build_sdist)
    build_sdist = staticmethod(build_sdist)

    @staticmethod
    def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
        if checkout._builds_binary():
            return build_wheel(wheel_directory, config_settings, metadata_directory)
        return write_hook_wheel(wheel_directory)


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="Write heaplint's wheel from a release binary.")
    ap.add_argument("--binary", help="the release binary (default: build it from this checkout)")
    ap.add_argument("--out", default=os.path.join(ROOT, "dist"), help="output directory")
    ap.add_argument("--no-strip", action="store_true", help="keep the binary's symbol table")
    ap.add_argument("--print-tag", action="store_true", help="print the binary's platform tag and exit")
    args = ap.parse_args(argv)
    binary = args.binary or build_binary_from_source()
    if args.print_tag:
        print(platform_tag(binary))
        return 0
    name = write_binary_wheel(binary, args.out, strip=not args.no_strip)
    print(os.path.join(args.out, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
