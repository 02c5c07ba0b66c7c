"""In-memory glob: `MemoryFS.glob()` lists a directory through `_listing()`,
which memoises the sorted entries of each directory in a default dict keyed
by directory path. Every mount brings new directories, so every directory
ever globbed stays cached for the life of the process."""
import fnmatch
import itertools
import re

_mounts = itertools.count()


def _listing(files, dirname, _cache={}):  # expect: HL101 confirmed
    try:
        return _cache[dirname]
    except KeyError:
        entries = _cache[dirname] = sorted(files.get(dirname, ()), key=str.lower)
        return entries


class MemoryFS:
    PATTERNS = {"sources": "*.py", "docs": "*.md", "data": "*.json"}

    def __init__(self, files):
        self.files = files

    @property
    def dirs(self):
        return sorted(self.files)

    def glob(self, kind):
        rx = re.compile(fnmatch.translate(self.PATTERNS[kind]))
        return ["%s/%s" % (d, name) for d in self.dirs for name in _listing(self.files, d) if rx.match(name)]


def scenario():
    n = next(_mounts)
    fs = MemoryFS({"/vol%d/app" % n: ["Main.py", "README.md", "util.py"], "/vol%d/etc" % n: ["cfg.json"]})
    return len(fs.glob("sources")) + len(fs.glob("data"))
