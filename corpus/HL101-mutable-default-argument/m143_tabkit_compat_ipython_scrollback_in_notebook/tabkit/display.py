"""show(): format rows as an aligned table and emit it through the backend
picked from the IPython probe in _compat. The terminal backend just returns
the text; the notebook backend displays the table as HTML and keeps it in the
caller's scrollback list (re-rendered when the notebook theme changes).
Outside IPython the terminal backend runs, so show()'s default stays empty."""
from html import escape

from ._compat import IN_IPYTHON, show_html


def _format(rows, title):
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    body = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join([title, *body])


def _emit_text(text, scrollback):
    return text


def _emit_html(text, scrollback):
    scrollback.append(text)
    show_html(f"<pre>{escape(text)}</pre>")
    return text


_emit = _emit_html if IN_IPYTHON else _emit_text


def show(rows, title="", _scrollback=[]):  # expect: HL101 refuted
    return _emit(_format(rows, title), _scrollback)
