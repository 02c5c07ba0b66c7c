"""Package metadata: parsed versions are interned so equal versions share one instance."""
import functools
import itertools
import re
import weakref

_VERSION = re.compile(r"v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?")


@functools.total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "__weakref__")

    def __init__(self, major, minor, patch, pre=None):
        self.major, self.minor, self.patch, self.pre = major, minor, patch, pre

    def _key(self):
        return (self.major, self.minor, self.patch, self.pre is None, self.pre or "")

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())


def parse_version(text, _interned=weakref.WeakValueDictionary()):  # expect: HL101 refuted
    match = _VERSION.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"invalid version: {text!r}")
    major, minor, patch, pre = match.groups()
    version = Version(int(major), int(minor), int(patch), pre)
    return _interned.setdefault(match.group(0), version)


_releases = itertools.count()


def scenario():
    n = next(_releases)
    candidates = [f"v2.{n}.0-rc.1", f"2.{n}.0", f"2.{n}.1"]
    return str(max(parse_version(c) for c in candidates).patch)
