"""Source listing: files are sorted by extension priority, then in natural (human) order."""
import itertools
import os.path
import re

PRIORITY = ("py", "pyi", "pyx", "c", "h", "toml", "cfg", "txt", "md")
_CHUNKS = re.compile(r"(\d+)")


def _sort_key(path, _keys={}):  # expect: HL101 confirmed
    key = _keys.get(path)
    if key is None:
        ext = os.path.splitext(path)[1].lstrip(".").lower()
        rank = PRIORITY.index(ext) if ext in PRIORITY else len(PRIORITY)
        natural = tuple(int(t) if t.isdigit() else t.lower() for t in _CHUNKS.split(path))
        key = _keys[path] = (rank, natural)
    return key


def listing(paths):
    return sorted(paths, key=_sort_key)


_builds = itertools.count()


def scenario():
    n = next(_builds)
    paths = [f"pkg/mod{n}.py", f"README{n}.md", f"pkg/_speedups{n}.c", f"pkg/mod{n}.pyi", f"docs/ch{n % 12}.txt"]
    return listing(paths)[0]
