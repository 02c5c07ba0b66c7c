"""Config hot-reloader: each poll stats the watched files and re-parses the
ones whose mtime differs from the last one recorded for that path. The
record is keyed by path alone, so an edit overwrites the previous mtime."""
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


def poll(fs, paths, _mtimes={}):  # expect: HL101 refuted
    changed = {}
    for path in paths:
        mtime = fs.mtime(path)
        if _mtimes.get(path) == mtime:
            continue
        _mtimes[path] = mtime
        changed[path] = dict(line.split("=", 1) for line in fs.read(path).splitlines() if "=" in line)
    return changed


def scenario():
    t = next(_ticks)
    fs = Snapshot({"/etc/app/app.conf": (1700000000.0 + t, f"workers={t % 8}\nport=8080"),
                   "/etc/app/log.conf": (1700000000.0, "level=info")})
    return poll(fs, sorted(fs.files))
