"""Row rendering shared by the export views."""


def render_rows(rows, sep=","):
    return "\n".join(sep.join(str(cell) for cell in row) for row in rows)
