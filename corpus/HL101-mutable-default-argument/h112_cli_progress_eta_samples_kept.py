"""CLI progress bar: `progress` wraps an iterable in a generator and renders a
bar after each item; for the ETA it keeps (done, tick) samples in a list
default and takes the rate over the latest five. The samples are never
trimmed, so every bar appends to the same list for good."""
import itertools

_ids = itertools.count()
_clock = itertools.count()  # stands in for time.monotonic()


def progress(iterable, total, width=20, samples=[]):  # expect: HL101 confirmed
    for done, item in enumerate(iterable, 1):
        samples.append((done, next(_clock)))
        recent = samples[-5:]
        first = min(recent, key=lambda s: s[1])
        last = max(recent, key=lambda s: s[1])
        rate = (last[0] - first[0]) / ((last[1] - first[1]) or 1)
        eta = f"{(total - done) / rate:.1f}s" if rate > 0 else "--"
        filled = width * done // total
        yield item, f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} eta {eta}"


def scenario():
    n = next(_ids)
    return [bar for _, bar in progress(range(n, n + 4), total=4)]
