"""Template engine: `{% block %}` bodies are cached per block name in a default dict; each render replaces the block's previous output.

Twin of the concatenating buffer: `capture()` here assigns the freshly
rendered chunk (joined from its lines) over the old value instead of extending
it. The four layout block names bound the keys and each value is replaced, so
the default dict holds at most four current strings.
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


def capture(name, lines, _last={}):  # expect: HL101 refuted
    previous = _last.get(name, "")
    _last[name] = "\n".join(lines)
    return previous != _last[name]


def render_page(ctx):
    sources = {
        "title": ["{{ page.title }}"],
        "head": ['<meta name="author" content="{{ page.author }}">'],
        "content": ["<p>{{ page.body }}</p>", "<hr>"],
        "footer": ["&copy; {{ site }}"],
    }
    changed = []
    for block in _LAYOUT_BLOCKS:
        lines = [render_line(src, ctx) for src in sources[block]]
        if capture(block, lines):
            changed.append(block)
    return "{} changed: {}".format(len(changed), ",".join(changed))


_requests = itertools.count()


def scenario():
    n = next(_requests)
    page = {"title": f"Post #{n}", "author": f"user{n % 40}", "body": f"body text {n}"}
    return render_page(Context(page=page, site="example.org"))
