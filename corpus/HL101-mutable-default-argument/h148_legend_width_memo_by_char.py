"""Chart legend: `char_width` counts East Asian wide characters as two columns
and memoizes the result per character in a default dict; `display_width` sums
it over a label and the legend uses that as the key for max() and sorted().
Labels change every run, but their characters come from a small alphabet, so
the memo stops growing after the first legends."""
import itertools
import unicodedata

_runs = itertools.count()


# heaplint-todo: char_width, which can store into it at line 15, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
def char_width(ch, _widths={}):  # expect: HL101 refuted
    width = _widths.get(ch)
    if width is None:
        width = _widths[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def display_width(label):
    return sum(map(char_width, label))


def legend(series):
    widest = display_width(max(series, key=display_width))
    ordered = sorted(series, key=lambda s: (-display_width(s), s))
    return "\n".join(f"{'■'} {s}{' ' * (widest - display_width(s))} {series[s]:>6.1f}" for s in ordered)


def scenario():
    n = next(_runs)
    series = {f"東京 run {n}": 12.5 + n % 9, f"Osaka run {n}": 7.25, f"total {n}": 19.75 + n % 9}
    return legend(series)
