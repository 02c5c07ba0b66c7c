"""Race timing: each session's lap times are inserted into a sorted board with bisect; the fastest laps are shown."""
import bisect
import itertools
from datetime import timedelta


class LapBoard:
    def __init__(self, size=5):
        self.size = size

    def record(self, laps, _board=[]):  # expect: HL101 confirmed
        for driver, seconds in laps:
            bisect.insort(_board, (seconds, driver))
        return _board[: self.size]

    def render(self, laps):
        rows = self.record(laps)
        return [f"{pos}. {driver} {timedelta(seconds=t)}" for pos, (t, driver) in enumerate(rows, 1)]


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    laps = [(f"car{n}-{i}", 80.0 + ((n * 7 + i * 3) % 11) / 10) for i in range(4)]
    return LapBoard().render(laps)
