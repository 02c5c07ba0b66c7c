"""Report rendering: `escaper_for` picks how a cell value becomes HTML by
`isinstance` dispatch and caches the choice in a dict default keyed by the
value's type. Cells are only ever str, int, float, bool, None or `Markup`, so
the cache stops at those few types however many reports are rendered."""
import html
import itertools

_ids = itertools.count()


class Markup(str):
    """Text already safe to emit as HTML."""


def escaper_for(value, _by_type={}):  # expect: HL101 refuted
    kind = type(value)
    if kind in _by_type:
        return _by_type[kind]
    if value is None:
        func = lambda v: ""
    elif isinstance(value, bool):
        func = lambda v: "yes" if v else "no"
    elif isinstance(value, float):
        func = "{:,.2f}".format
    elif isinstance(value, (Markup, int)):
        func = str
    else:
        func = lambda v: html.escape(str(v), quote=True)
    _by_type[kind] = func
    return func


def render_row(cells):
    return "<tr>" + "".join(f"<td>{escaper_for(c)(c)}</td>" for c in cells) + "</tr>"


def scenario():
    n = next(_ids)
    rows = [(f"O'Brien & Sons #{n}", n % 2 == 0, n * 3.5), (Markup(f"<b>Total {n}</b>"), None, n)]
    return "\n".join(render_row(row) for row in rows)
