"""Form renderer: `column:label` field specs are placed into a grid laid
out from a default of three columns. `grid[col] = grid[col] + [...]` builds
a new column list and stores it in the copied grid, so the default layout's
columns are only read."""
import copy
import itertools

_forms = itertools.count()
COLUMNS = {"left": 0, "main": 1, "right": 2}


def place_fields(specs, layout=[["logo"], [], ["help"]]):  # expect: HL101 refuted
    grid = copy.copy(layout)
    for spec in specs:
        column, _, label = spec.partition(":")
        col = COLUMNS.get(column.strip(), 1)
        grid[col] = grid[col] + [label.strip() or "untitled"]
    return grid


def scenario():
    n = next(_forms)
    grid = place_fields([f"main: Order {n} quantity", f"right: Notes for {n}", f"left:{n % 3}"])
    return [len(column) for column in grid]
