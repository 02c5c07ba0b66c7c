"""Canvas graphics state: save/restore around each mark, with marks that reject bad data."""
import contextlib
import itertools
import math


class Canvas:
    def __init__(self):
        self.state = {"transform": (1, 0, 0, 1, 0, 0), "alpha": 1.0}
        self.commands = []

    @contextlib.contextmanager
    def saved(self, stack=[]):  # expect: HL101 refuted
        stack.append(dict(self.state))
        try:
            yield self.state
        finally:
            self.state = stack.pop()

    def wedge(self, cx, cy, r, start, sweep):
        with self.saved() as state:
            state["transform"] = (1, 0, 0, 1, cx, cy)
            if not 0 < sweep <= math.tau:
                raise ValueError(f"sweep out of range: {sweep!r}")
            self.commands.append(("arc", r, start, start + sweep))


def pie(canvas, values, r=50):
    total, start = sum(values), 0.0
    for value in values:
        sweep = math.tau * value / total
        canvas.wedge(60, 60, r, start, sweep)
        start += sweep


_charts = itertools.count()


def scenario():
    n = next(_charts)
    canvas = Canvas()
    with contextlib.suppress(ValueError):
        pie(canvas, [n % 7 + 1, n % 5 + 1, 0, 3])
    return len(canvas.commands)
