"""Dashboard endpoint: one themed chart per call, for a new metric."""
import itertools

import vizlib

_metrics = itertools.count(1)


def scenario():
    n = next(_metrics)
    kind = "bar" if n % 2 else "line"
    fig = vizlib.Figure(kind, title=f"metric {n}", accent=f"#{n * 4099 % 0xFFFFFF:06x}")
    return fig.render([(n + i * 3) % 40 for i in range(5)])
