"""Versions: a total_ordering class logs each comparison into its __lt__ default for debugging."""
import functools
import itertools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other, _log=[]):  # expect: HL101 confirmed
        _log.append((self.parts, other.parts))
        return self.parts < other.parts


_releases = itertools.count()


def scenario():
    n = next(_releases)
    vs = [Version(f"1.{n}.0"), Version(f"1.{n}.2"), Version(f"0.{n}.9")]
    return max(vs).parts
