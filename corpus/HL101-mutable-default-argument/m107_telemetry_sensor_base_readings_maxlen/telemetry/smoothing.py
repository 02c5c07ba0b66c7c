"""SmoothingMixin: moving average over the newest entries of `self.readings`."""
import itertools


class SmoothingMixin:
    def smoothed(self, window=5):
        newest = itertools.islice(reversed(self.readings), window)
        values = [value for _, value in newest]
        return round(sum(values) / len(values), 2) if values else None
