from .layout import ensure_columns


def render(rows, columns=[]):  # expect: HL101 refuted
    """Render rows as a text table; columns default to the rows' keys."""
    ensure_columns(columns, rows)
    header = " | ".join(columns)
    body = [" | ".join(str(row.get(c, "")) for c in columns) for row in rows]
    return "\n".join([header, "-" * len(header)] + body)
