"""Text metrics for chart labels: approximate advance widths, with a memoizing decorator for the hot helpers."""
import functools
import itertools
import unicodedata

_NARROW = set("ilj.,:;'|!1 ")
_WIDE = set("MWmw@%")


# heaplint-todo: the memo is keyed by characters of labels the model does not know: one-character strings that repeat, so growth is not decided (unknown, not confirmed)
def memoize(func, cache={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__, args)
        if key not in cache:
            cache[key] = func(*args)
        return cache[key]
    return wrapper


@memoize
def char_width(ch, size):
    if unicodedata.east_asian_width(ch) in "WF":
        return size
    if ch in _NARROW:
        return size * 0.3
    return size * (0.85 if ch in _WIDE else 0.55)


def text_width(text, size):
    return sum(char_width(ch, size) for ch in text)


def fit_labels(labels, size, max_width):
    return [label if text_width(label, size) <= max_width else label[:6] + "…" for label in labels]


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    labels = [f"{n * 1000 + i:,}" for i in range(0, 5000, 1000)]
    return fit_labels(labels + [f"Region {n % 12}"], 10 + n % 3, 48)
