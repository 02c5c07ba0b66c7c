"""Doc page renderer: member headings go through functools.partial specializations of one renderer, bound per page to that page's anchor list."""
import functools
import inspect
import itertools


# heaplint-todo: called with new arguments as outside code would call it, render_member grows it; but this application uses render_member as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def render_member(kind, name, obj, anchors=[]):  # expect: HL101 refuted
    anchor = f"{kind}-{name}".lower().replace(".", "-")
    anchors.append(anchor)
    try:
        sig = str(inspect.signature(obj))
    except (TypeError, ValueError):
        sig = ""
    return f'<h3 id="{anchor}">{name}{sig}</h3>'


def render_page(cls):
    toc = []
    render_class = functools.partial(render_member, "class", anchors=toc)
    render_method = functools.partial(render_member, "method", anchors=toc)
    parts = [render_class(cls.__qualname__, cls)]
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            parts.append(render_method(f"{cls.__qualname__}.{name}", member))
    links = "".join(f'<li><a href="#{a}">{a}</a></li>' for a in toc)
    return f"<ul>{links}</ul>\n" + "\n".join(parts)


def deliver(self, payload, *, timeout=5.0):
    return payload


_hooks = itertools.count()


def scenario():
    n = next(_hooks)
    hook = type(f"Webhook{n}", (), {"deliver": deliver, "__init__": lambda self, url: None})
    return render_page(hook)
