"""Release versions ordered with functools.total_ordering; comparisons are counted for a debug page."""
import functools
import itertools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    # heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
    def __lt__(self, other, _stats={}):  # expect: HL101 refuted
        key = type(other).__name__
        _stats[key] = _stats.get(key, 0) + 1
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    releases = [Version(f"1.{n}.0"), Version(f"1.{n}.2"), Version("0.9.1")]
    newest = max(releases)
    return newest.text, releases[0] >= releases[2]
