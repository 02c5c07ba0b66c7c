"""Wheel inspector: `list_modules()` opens a wheel (a zip archive held in
memory) and collects the names of its Python modules into `into`, which lets
a caller gather several wheels in one list. It concatenates instead of
extending, so `into` is rebound to a new list and the default stays empty."""
import io
import itertools
import zipfile

_builds = itertools.count()
STAMP = (2024, 1, 1, 0, 0, 0)


def list_modules(blob, suffix=".py", into=[]):  # expect: HL101 refuted
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        into = into + [info.filename for info in zf.infolist() if info.filename.endswith(suffix)]
    return into


def inspect_wheel(blob, **options):
    modules = list_modules(blob, **options)
    return {"modules": len(modules), "packages": len({m.split("/", 1)[0] for m in modules})}


def build_wheel(name, n):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for member, text in (("%s/__init__.py" % name, "VERSION = %d\n" % n),
                             ("%s/core.py" % name, "def run():\n    return %d\n" % n),
                             ("%s-%d.dist-info/METADATA" % (name, n), "Name: %s\n" % name)):
            zf.writestr(zipfile.ZipInfo(member, date_time=STAMP), text)
    return buf.getvalue()


def scenario():
    n = next(_builds)
    return inspect_wheel(build_wheel("plugin_%d" % n, n), suffix=".py")
