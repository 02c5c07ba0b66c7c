"""Path normalisation for a static-asset manifest builder (pure string work, no I/O)."""
import itertools
import posixpath

_ids = itertools.count()
ROOT = "/srv/assets"


def normalize(path, _dirs={}):  # expect: HL101 refuted
    head, _, tail = path.replace("\\", "/").rpartition("/")
    remember = _dirs.setdefault
    try:
        clean_dir = _dirs[head]
    except KeyError:
        clean_dir = remember(head, posixpath.normpath(posixpath.join(ROOT, head)))
    if not clean_dir.startswith(ROOT):
        raise ValueError("%r escapes the asset root" % path)
    return posixpath.join(clean_dir, tail)


def manifest_entry(path, digest):
    try:
        target = normalize(path)
    except ValueError:
        return None
    return {"src": path, "dst": target, "etag": digest[:12]}


def scenario():
    n = next(_ids)
    files = ["css/./site.%d.css" % n, "js\\vendor\\..\\app.%d.js" % n, "../etc/passwd%d" % n]
    return [manifest_entry(f, "%040x" % (n * 7919)) for f in files]
