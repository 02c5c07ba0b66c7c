"""Dashboard layout: `place_widgets()` deals a user's widgets into a copy of
a default grid of columns. Each column is copied with `list(col)`, so the
widgets land in per-call columns and the default grid keeps only "clock"."""
import itertools

_boards = itertools.count()


def place_widgets(widgets, grid=[["clock"], [], []]):  # expect: HL101 refuted
    columns = [list(col) for col in grid]
    for i, widget in enumerate(widgets):
        columns[i % len(columns)].append(widget)
    return {f"col{i}": len(col) for i, col in enumerate(columns)}


def scenario():
    n = next(_boards)
    layout = place_widgets([f"chart-{n:06d}", f"table-{n:06d}", f"alerts-{n:06d}", f"map-{n:06d}"])
    return layout["col0"] + layout["col2"]
