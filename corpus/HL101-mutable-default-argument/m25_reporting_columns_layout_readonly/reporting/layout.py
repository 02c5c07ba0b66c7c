"""Layout helpers: they look at the column spec, never change it."""


def with_extra(columns, extra):
    if extra is None or extra in columns:
        return columns
    return columns + [extra]


def header_cells(columns, aliases):
    return [aliases.get(c, c.title()) for c in columns]


def column_widths(rows, columns, aliases):
    widths = []
    for c in columns:
        cells = [len(str(r.get(c, ""))) for r in rows]
        widths.append(max([len(aliases.get(c, c))] + cells))
    return widths
