"""Source listing: files are sorted by extension priority, then in natural (human) order."""
import itertools
import os.path
import re

PRIORITY = ("py", "pyi", "pyx", "c", "h", "toml", "cfg", "txt", "md")
_CHUNKS = re.compile(r"(\d+)")


def _sort_key(path, _ranks={}):  # expect: HL101 refuted
    ext = os.path.splitext(path)[1].lstrip(".").lower()
    rank = _ranks.get(ext)
    if rank is None:
        rank = _ranks[ext] = PRIORITY.index(ext) if ext in PRIORITY else len(PRIORITY)
    natural = tuple(int(t) if t.isdigit() else t.lower() for t in _CHUNKS.split(path))
    return rank, natural


def listing(paths):
    return sorted(paths, key=_sort_key)


_builds = itertools.count()


def scenario():
    n = next(_builds)
    paths = [f"pkg/mod{n}.py", f"README{n}.md", f"pkg/_speedups{n}.c", f"pkg/mod{n}.pyi", f"docs/ch{n % 12}.txt"]
    return listing(paths)[0]
