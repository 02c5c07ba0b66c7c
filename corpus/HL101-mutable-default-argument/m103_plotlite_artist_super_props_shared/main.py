"""Render one small chart per request: a data line plus a caption."""
import itertools

import plotlite

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    fig = plotlite.Figure(f"fig-{n}")
    ys = [(n * 7 + i * 3) % 50 for i in range(6)]
    fig.add_artist(plotlite.Line2D(range(6), ys, color="C1", linewidth=2))
    fig.add_artist(plotlite.Text(0.5, 1.0, f"request {n}", fontsize=9))
    return fig.render()
