"""Doc page renderer: member headings go through functools.partial specializations of one renderer, which also records anchors for the table of contents."""
import functools
import inspect
import itertools


def render_member(kind, name, obj, anchors=[]):  # expect: HL101 confirmed
    anchor = f"{kind}-{name}".lower().replace(".", "-")
    anchors.append(anchor)
    try:
        sig = str(inspect.signature(obj))
    except (TypeError, ValueError):
        sig = ""
    return f'<h3 id="{anchor}">{name}{sig}</h3>'


render_class = functools.partial(render_member, "class")
render_method = functools.partial(render_member, "method")


def render_page(cls):
    parts = [render_class(cls.__qualname__, cls)]
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            parts.append(render_method(f"{cls.__qualname__}.{name}", member))
    return "\n".join(parts)


def deliver(self, payload, *, timeout=5.0):
    return payload


_hooks = itertools.count()


def scenario():
    n = next(_hooks)
    hook = type(f"Webhook{n}", (), {"deliver": deliver, "__init__": lambda self, url: None})
    return render_page(hook)
