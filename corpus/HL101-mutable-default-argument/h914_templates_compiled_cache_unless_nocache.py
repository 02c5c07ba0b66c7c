"""Notification templates: each user-authored template is compiled into
literal and placeholder parts, then rendered. Compiled templates are kept
in the default mapping unless TEMPLATE_NOCACHE is set in the environment."""
import itertools
import os

_ids = itertools.count(1)


def _compile(source, cache):
    if source not in cache:
        parts = []
        for i, chunk in enumerate(source.split("{")):
            name, _, literal = chunk.partition("}") if i else ("", "", chunk)
            parts.append((name.strip(), literal))
        cache[source] = parts
    return cache[source]


# heaplint-todo: whether the default is used rests on `os.environ.get(...)`, which heaplint does not know (heaplint: unknown)
def render(source, context, compiled={}):  # expect: HL101 confirmed
    cache = {} if os.environ.get("TEMPLATE_NOCACHE") else compiled
    out = []
    for name, literal in _compile(source, cache):
        out.append(str(context[name]) if name else "")
        out.append(literal)
    return "".join(out)


def scenario():
    n = next(_ids)
    return render(f"Hi {{user}}, rule #{n} fired: {{metric}} above {n % 90}%", {"user": f"u{n}", "metric": "cpu"})
