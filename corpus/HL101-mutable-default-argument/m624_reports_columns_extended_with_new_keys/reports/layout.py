"""Column discovery shared by the table renderer and the CSV exporter."""


def ensure_columns(columns, rows):
    """Add every key of rows that columns does not list yet, first seen first."""
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    return columns
