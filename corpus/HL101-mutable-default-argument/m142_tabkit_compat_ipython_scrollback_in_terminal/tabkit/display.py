"""show(): format rows as an aligned table and emit it through the backend
picked from the IPython probe in _compat. The terminal backend keeps every
table in the caller's scrollback list (for tabkit's `history` command) and
returns the text; the notebook backend displays the table as HTML. Outside
IPython the terminal backend runs, so show()'s default list keeps each table."""
from html import escape

from ._compat import IN_IPYTHON, show_html


def _format(rows, title):
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    body = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join([title, *body])


def _emit_text(text, scrollback):
    scrollback.append(text)
    return text


def _emit_html(text, scrollback):
    show_html(f"<pre>{escape(text)}</pre>")
    return text


_emit = _emit_html if IN_IPYTHON else _emit_text


def show(rows, title="", _scrollback=[]):  # expect: HL101 confirmed
    return _emit(_format(rows, title), _scrollback)
