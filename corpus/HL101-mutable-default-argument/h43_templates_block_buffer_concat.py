"""Template engine: `{% block %}` bodies are buffered per block name in a default dict, and each render appends its output to the buffer.

`capture()` keeps one buffer string per block name and only ever sees the four
block names of the base layout, so the key set is bounded. But the value is
extended on every call (`get(name, "") + chunk`), never reset, so each buffer
string grows by one rendered line per request.
"""
import itertools

_LAYOUT_BLOCKS = ("title", "head", "content", "footer")


class Context:
    def __init__(self, **values):
        self.values = values

    def resolve(self, dotted):
        obj = self.values
        for part in dotted.split("."):
            obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
        return obj


def render_line(template, ctx):
    out = []
    for piece in template.split("{{"):
        if "}}" in piece:
            expr, rest = piece.split("}}", 1)
            out.append(str(ctx.resolve(expr.strip())))
            out.append(rest)
        else:
            out.append(piece)
    return "".join(out)


def capture(name, chunk, _buffers={}):  # expect: HL101 confirmed
    _buffers[name] = _buffers.get(name, "") + chunk
    return _buffers[name]


def render_page(ctx):
    sources = {
        "title": "{{ page.title }}",
        "head": '<meta name="author" content="{{ page.author }}">',
        "content": "<p>{{ page.body }}</p>",
        "footer": "&copy; {{ site }}",
    }
    parts = []
    for block in _LAYOUT_BLOCKS:
        body = capture(block, render_line(sources[block], ctx) + "\n")
        parts.append(f"<!-- {block} -->{len(body)}")
    return "\n".join(parts)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    page = {"title": f"Post #{n}", "author": f"user{n % 40}", "body": f"body text {n}"}
    return render_page(Context(page=page, site="example.org"))
