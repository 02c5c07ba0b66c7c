from .layout import ensure_columns


def to_csv(rows):
    """CSV text for rows, with a fresh column list per export."""
    columns = ensure_columns([], rows)
    lines = [",".join(columns)]
    lines += [",".join(str(row.get(c, "")) for c in columns) for row in rows]
    return "\r\n".join(lines)
