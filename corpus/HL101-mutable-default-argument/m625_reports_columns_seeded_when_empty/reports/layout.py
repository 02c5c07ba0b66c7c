"""Column discovery shared by the table renderer and the CSV exporter."""


def ensure_columns(columns, rows):
    """Take the column order from the first row when no columns are given."""
    if not columns and rows:
        columns.extend(rows[0])
    return columns
