"""Rolling median: push() is mapped over each batch; the default window is trimmed to self.limit, which outside code sets."""
import itertools
import statistics


class RollingMedian:
    def push(self, value, window=[]):  # expect: HL101 refuted
        window.append(value)
        if len(window) > self.limit:
            del window[0]
        return statistics.median(window)


tracker = RollingMedian()
tracker.limit = 9
_batches = itertools.count()


def scenario():
    n = next(_batches)
    return list(map(tracker.push, [n % 17 + 0.5, n % 5 + 0.25]))[-1]
