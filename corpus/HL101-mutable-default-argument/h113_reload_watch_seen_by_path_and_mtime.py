"""Config hot-reloader: each poll stats the watched files and re-parses the
ones whose (path, mtime) pair it has not seen yet. Every edit of a file adds
a new pair; the pairs for older mtimes are never dropped."""
import itertools

_ticks = itertools.count()


class Snapshot:
    """Stand-in for the filesystem: path -> (mtime, text)."""
    def __init__(self, files):
        self.files = files

    def mtime(self, path):
        return self.files[path][0]

    def read(self, path):
        return self.files[path][1]


def poll(fs, paths, _seen={}):  # expect: HL101 confirmed
    changed = {}
    for path in paths:
        key = (path, fs.mtime(path))
        if key in _seen:
            continue
        _seen[key] = True
        changed[path] = dict(line.split("=", 1) for line in fs.read(path).splitlines() if "=" in line)
    return changed


def scenario():
    t = next(_ticks)
    fs = Snapshot({"/etc/app/app.conf": (1700000000.0 + t, f"workers={t % 8}\nport=8080"),
                   "/etc/app/log.conf": (1700000000.0, "level=info")})
    return poll(fs, sorted(fs.files))
