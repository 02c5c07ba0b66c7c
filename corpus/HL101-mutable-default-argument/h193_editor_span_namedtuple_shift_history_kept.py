"""Text editor: Span is a namedtuple subclass (start, end) with methods; shift()
moves a span and records (span, delta) in a default list used as undo
history. Every edit appends to the shared history and nothing trims it."""
import collections
import itertools

_edits = itertools.count()


class Span(collections.namedtuple("Span", "start end")):
    __slots__ = ()

    def width(self):
        return self.end - self.start

    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def shift(self, delta, _history=[]):  # expect: HL101 confirmed
        moved = self._replace(start=self.start + delta, end=self.end + delta)
        _history.append((self, delta))
        return moved

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end


def scenario():
    n = next(_edits)
    selection = Span(n * 10, n * 10 + 7)
    moved = selection.shift(n % 5 + 1)
    return moved.overlaps(selection), moved.width()
