"""Deploy helper: `ReleaseDir` tracks the release folders under a deploy root
(`<root>/releases/<version>`), starting from a default list of known ones.
`register()` adds a folder with `self.known += [path]`, which extends the
list in place before rebinding the attribute: the shared default list. The
`latest` and `stale` properties order folders by version with max()/sorted()."""
import itertools
import posixpath

_deploys = itertools.count()


def version_key(path):
    return tuple(int(part) for part in posixpath.basename(path).split("."))


class ReleaseDir:
    def __init__(self, root, known=[]):  # expect: HL101 confirmed
        self.root, self.known = root, known

    def register(self, version):
        path = posixpath.join(self.root, "releases", version)
        if path not in self.known:
            self.known += [path]
        return path

    @property
    def latest(self):
        return max(self.known, key=version_key, default=None)

    @property
    def stale(self):
        return sorted(self.known, key=version_key)[:-3]


def scenario():
    n = next(_deploys)
    releases = ReleaseDir("/srv/app%d" % (n % 4))
    for version in ("1.%d.0" % n, "1.%d.1" % n, "1.%d.0" % n):
        releases.register(version)
    return "%s (%d stale)" % (releases.latest, len(releases.stale))
