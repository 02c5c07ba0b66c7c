"""Tables: pick columns, size them with the layout helpers, render rows."""
from .layout import column_widths, header_cells, with_extra


def render_table(rows,
                 columns=["id", "name"],  # expect: HL101 refuted
                 aliases={"id": "ID"}):  # expect: HL101 refuted
    shown = with_extra(columns, "email" if rows and "email" in rows[0] else None)
    widths = column_widths(rows, shown, aliases)
    head = " | ".join(c.ljust(w) for c, w in zip(header_cells(shown, aliases), widths))
    body = [" | ".join(str(r.get(c, "")).ljust(w) for c, w in zip(shown, widths)) for r in rows]
    return "\n".join([head] + body)
