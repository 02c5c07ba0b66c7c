"""Release tooling: Version compares as a tuple via total_ordering; every resolved 'latest' release is appended to a default history list."""
import functools
import itertools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    __hash__ = None


def latest(candidates, history=[]):  # expect: HL101 confirmed
    best = max(Version(c) for c in candidates)
    history.append(best)
    return ".".join(map(str, best.parts))


_builds = itertools.count()


def scenario():
    n = next(_builds)
    return latest([f"1.{n}.0", f"1.{n}.2", f"0.{n}.9"])
