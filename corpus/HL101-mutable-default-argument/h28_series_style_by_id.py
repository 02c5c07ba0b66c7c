"""Charting: each plotted series gets a line style, cycling through a fixed palette like matplotlib's prop_cycle."""
import itertools

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
           "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]


def series_style(series_id, _styles={}):  # expect: HL101 confirmed
    slot = series_id % len(PALETTE)
    style = _styles.get(series_id)
    if style is None:
        style = {"color": PALETTE[slot], "linestyle": "-" if slot < 4 else "--", "linewidth": 1.5}
        _styles[series_id] = style
    return style


def plot_command(series_id, points):
    style = series_style(series_id)
    coords = " ".join(f"{x},{y}" for x, y in points)
    return f'<polyline stroke="{style["color"]}" data-dash="{style["linestyle"]}" points="{coords}"/>'


_series = itertools.count()


def scenario():
    n = next(_series)
    return plot_command(n, [(0, n % 7), (1, n % 5), (2, n % 3)])
