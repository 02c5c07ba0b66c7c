"""HTML escaping for a comment renderer: each character is mapped through
an entity table and appended to an `out` list default, which is then
joined into the escaped string. The buffer is never emptied, so it keeps
every character ever escaped and each result repeats all earlier ones."""
import itertools

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_ids = itertools.count()


def escape(text, out=[]):  # expect: HL101 confirmed
    for ch in text:
        out.append(_ENTITIES.get(ch, ch))
    return "".join(out)


def render_comment(author, body):
    return f'<p class="comment"><b>{escape(author)}</b> {escape(body)}</p>'


def scenario():
    n = next(_ids)
    return len(render_comment(f"user{n}", f"I <3 build #{n} & the 'fast' path"))
