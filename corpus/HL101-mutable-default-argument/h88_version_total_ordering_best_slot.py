"""Release tooling: the resolver remembers only the highest Version ever seen, in a one-slot default list that is overwritten."""
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


def latest(candidates, best_seen=[None]):  # expect: HL101 refuted
    best = max(Version(c) for c in candidates)
    if best_seen[0] is None or best > best_seen[0]:
        best_seen[0] = best
    return ".".join(map(str, best_seen[0].parts))


_builds = itertools.count()


def scenario():
    n = next(_builds)
    return latest([f"1.{n}.0", f"1.{n}.2", f"0.{n}.9"])
