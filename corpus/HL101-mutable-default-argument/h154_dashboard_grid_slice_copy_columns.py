"""Dashboard layout: `place_widgets()` deals a user's widgets into a copy of
a default grid of columns. `grid[:]` copies the outer list only; the column
lists are the default's, so each dashboard's widgets are appended to the
shared columns and stay there."""
import itertools

_boards = itertools.count()


def place_widgets(widgets, grid=[["clock"], [], []]):  # expect: HL101 confirmed
    columns = grid[:]
    for i, widget in enumerate(widgets):
        columns[i % len(columns)].append(widget)
    return {f"col{i}": len(col) for i, col in enumerate(columns)}


def scenario():
    n = next(_boards)
    layout = place_widgets([f"chart-{n:06d}", f"table-{n:06d}", f"alerts-{n:06d}", f"map-{n:06d}"])
    return layout["col0"] + layout["col2"]
