"""Report rendering: `escape` HTML-escapes a cell value for the table body and
memoises the escaped text in a dict default keyed by the input text, since
the same labels repeat down a column. `Markup` values pass through untouched
and numbers are formatted, but customer names are escaped and each report
brings names never seen before, so the memo gains an entry per new name."""
import html
import itertools

_ids = itertools.count()


class Markup(str):
    """Text already safe to emit as HTML."""


def escape(value, _memo={}):  # expect: HL101 confirmed
    if isinstance(value, Markup):
        return value
    if isinstance(value, (int, float)):
        return f"{value:,.2f}" if isinstance(value, float) else str(value)
    text = str(value)
    try:
        return _memo[text]
    except KeyError:
        escaped = _memo[text] = html.escape(text, quote=True)
        return escaped


def render_row(cells):
    return "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>"


def scenario():
    n = next(_ids)
    rows = [(f"O'Brien & Sons #{n}", "open", n * 3.5), (Markup(f"<b>Total {n}</b>"), "", n * 7.0)]
    return "\n".join(render_row(row) for row in rows)
