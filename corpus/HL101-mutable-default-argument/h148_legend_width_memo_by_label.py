"""Chart legend: `display_width` counts East Asian wide characters as two
columns and memoizes the result per label in a default dict; the legend uses it
as the key for max() and sorted(). Series labels include the run they belong
to, so each legend adds labels the memo keeps forever."""
import itertools
import unicodedata

_runs = itertools.count()


def display_width(label, _widths={}):  # expect: HL101 confirmed
    width = _widths.get(label)
    if width is None:
        width = _widths[label] = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in label)
    return width


def legend(series):
    widest = display_width(max(series, key=display_width))
    ordered = sorted(series, key=lambda s: (-display_width(s), s))
    return "\n".join(f"{'■'} {s}{' ' * (widest - display_width(s))} {series[s]:>6.1f}" for s in ordered)


def scenario():
    n = next(_runs)
    series = {f"東京 run {n}": 12.5 + n % 9, f"Osaka run {n}": 7.25, f"total {n}": 19.75 + n % 9}
    return legend(series)
