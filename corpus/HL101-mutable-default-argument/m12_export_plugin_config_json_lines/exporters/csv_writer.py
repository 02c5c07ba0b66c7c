import io


def export(rows, columns=[]):  # expect: HL101 refuted
    """Write rows as CSV text; columns are collected from the rows when not given."""
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    out = io.StringIO()
    out.write(",".join(columns) + "\n")
    for row in rows:
        out.write(",".join(str(row.get(c, "")) for c in columns) + "\n")
    return out.getvalue()
