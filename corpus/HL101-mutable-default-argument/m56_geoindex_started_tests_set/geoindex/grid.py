__all__ = ["CELL_SIZE", "cell_for", "neighbours", "bucket"]

CELL_SIZE = 0.5


def cell_for(lat, lon, size=CELL_SIZE):
    return (int(lat // size), int(lon // size))


def neighbours(cell):
    row, col = cell
    return [(row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]


def bucket(points, size=CELL_SIZE):
    cells = {}
    for name, lat, lon in points:
        cells.setdefault(cell_for(lat, lon, size), []).append(name)
    return cells
