"""HTML text escaping via str.translate with a lazily filled entity table: markup gets named entities, non-ASCII becomes numeric references."""
import itertools

_NAMED = {ord("<"): "&lt;", ord(">"): "&gt;", ord("&"): "&amp;", ord('"'): "&quot;", ord("'"): "&#39;"}


class EntityTable(dict):
    def __missing__(self, code):
        value = chr(code) if code < 128 else f"&#x{code:x};"
        self[code] = value
        return value


def escape(text, table=EntityTable(_NAMED)):  # expect: HL101 confirmed
    return text.translate(table)


def render_comment(author, body):
    return f'<p class="comment"><b>{escape(author)}</b>: {escape(body)}</p>'


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return render_comment(f"user{n} {chr(0x4E00 + n % 20000)}", f"<script>alert({n})</script> & more")
