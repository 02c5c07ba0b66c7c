"""reST-like paragraph renderer for a doc generator: :func:/:class: roles become links and every target is recorded for the index."""
import itertools
import re

_ROLE = re.compile(r":(func|class|mod):`([\w.]+)`")


def _link(match, anchors, refs):
    role, target = match.groups()
    refs.append((role, target))
    href = anchors.get(target, "#" + target.replace(".", "-"))
    return f'<a class="{role}" href="{href}"><code>{target}</code></a>'


def render_paragraph(text, anchors, refs=[]):  # expect: HL101 refuted
    if not text.strip():
        return ""
    html = _ROLE.sub(lambda m: _link(m, anchors, refs), text)
    return f"<p>{html}</p>"


_pages = itertools.count()


def scenario():
    n = next(_pages)
    anchors = {f"parse_{n}": f"api.html#parse-{n}"}
    text = f"Release {n} fixes the reader when the input file is empty."
    return render_paragraph(text, anchors)
