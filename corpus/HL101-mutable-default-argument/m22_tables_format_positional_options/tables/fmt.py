"""Fixed-width table layout."""


def format_table(rows, options):
    """Lay rows out in fixed-width columns; note every truncated cell."""
    width = options.setdefault("width", 12)
    warnings = options.setdefault("warnings", [])
    columns = list(rows[0])
    lines = ["".join(column.ljust(width) for column in columns)]
    for index, row in enumerate(rows):
        cells = []
        for column in columns:
            cell = str(row[column])
            if len(cell) > width:
                warnings.append(f"row {index}: {column} truncated ({cell})")
                cell = cell[: width - 1] + "~"
            cells.append(cell.ljust(width))
        lines.append("".join(cells))
    return "\n".join(lines), warnings
