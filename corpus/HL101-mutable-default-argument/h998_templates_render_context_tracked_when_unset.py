"""Template rendering: a render call takes a variables mapping. Without a
"strict" entry the mapping is wrapped in a tracking context that records every
rendered template into the mapping itself; with one it is copied."""
import itertools

_pages = itertools.count(1)


class _TrackingContext:
    def __init__(self, source):
        self.source = source

    def lookup(self, template, key):
        self.source.setdefault("rendered", []).append(template)
        return self.source.get(key, "")


def render(template, title, variables={}):  # expect: HL101 confirmed
    strict = variables.get("strict")
    if strict is None:
        ctx = _TrackingContext(variables)
        user = ctx.lookup(template, "user")
    else:
        ctx = dict(variables)
        user = ctx.get("user", "")
    return f"<h1>{title}</h1><p>{user}</p>"


def scenario():
    n = next(_pages)
    return render(f"page_{n}.html", f"Page {n}")
