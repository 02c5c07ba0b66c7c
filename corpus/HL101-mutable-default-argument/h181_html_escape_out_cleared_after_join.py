"""HTML escaping for a comment renderer: each character is mapped through
an entity table and appended to an `out` list default, which is then
joined into the escaped string. The buffer is cleared right after the
join, so the shared default is empty between calls."""
import itertools

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_ids = itertools.count()


def escape(text, out=[]):  # expect: HL101 refuted
    for ch in text:
        out.append(_ENTITIES.get(ch, ch))
    result = "".join(out)
    out.clear()
    return result


def render_comment(author, body):
    return f'<p class="comment"><b>{escape(author)}</b> {escape(body)}</p>'


def scenario():
    n = next(_ids)
    return len(render_comment(f"user{n}", f"I <3 build #{n} & the 'fast' path"))
