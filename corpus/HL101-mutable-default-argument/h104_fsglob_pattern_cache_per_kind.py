"""In-memory glob: `MemoryFS.glob()` turns the pattern for a kind of file into
a regex through `_compiled()`, which memoises one compiled regex per pattern
in a default dict. The patterns come from a fixed class attribute, so the
cache holds at most three entries however many mounts are globbed."""
import fnmatch
import itertools
import re

_mounts = itertools.count()


def _compiled(pattern, _cache={}):  # expect: HL101 refuted
    try:
        return _cache[pattern]
    except KeyError:
        rx = _cache[pattern] = re.compile(fnmatch.translate(pattern))
        return rx


class MemoryFS:
    PATTERNS = {"sources": "*.py", "docs": "*.md", "data": "*.json"}

    def __init__(self, files):
        self.files = files

    @property
    def dirs(self):
        return sorted(self.files)

    def glob(self, kind):
        rx = _compiled(self.PATTERNS[kind])
        return ["%s/%s" % (d, name) for d in self.dirs for name in sorted(self.files[d], key=str.lower) if rx.match(name)]


def scenario():
    n = next(_mounts)
    fs = MemoryFS({"/vol%d/app" % n: ["Main.py", "README.md", "util.py"], "/vol%d/etc" % n: ["cfg.json"]})
    return len(fs.glob("sources")) + len(fs.glob("data"))
