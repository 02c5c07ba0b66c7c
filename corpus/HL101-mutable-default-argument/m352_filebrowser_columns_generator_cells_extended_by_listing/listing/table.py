"""Renders entries column by column: header cells first, then one cell per
entry, padded to the widest cell."""
from docgen import listing_columns


def render_listing(entries):
    columns = []
    for column in listing_columns():
        cells = column["cells"]
        cells.extend(str(entry[column["field"]]) for entry in entries)
        width = max(len(cell) for cell in cells)
        columns.append([cell.ljust(width) for cell in cells])
    return "\n".join("  ".join(row) for row in zip(*columns))
