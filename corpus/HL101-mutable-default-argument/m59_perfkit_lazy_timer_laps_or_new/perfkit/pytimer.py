"""Pure-Python timer, used when the _ctimer extension is not built."""
import time


class Timer:
    def __init__(self, label, laps=[]):  # expect: HL101 refuted
        self.label = label
        self.laps = laps or []
        self._last = time.perf_counter()

    def lap(self, step):
        now = time.perf_counter()
        self.laps.append((step, now - self._last))
        self._last = now

    def __enter__(self):
        self._last = time.perf_counter()
        return self

    def __exit__(self, *exc_info):
        self.lap("exit")
        return False
