"""Template renderer that tracks the include stack to report cycles; cached templates return early."""
import itertools

_compiled = {"header": "<h1>{title}</h1>", "footer": "<p>{title}</p>"}


def render(name, context, stack=[]):  # expect: HL101 refuted
    if name in stack:
        raise RuntimeError("include cycle: " + " -> ".join(stack + [name]))
    stack.append(name)
    try:
        template = _compiled.get(name.partition("/")[0])
        if template is not None:
            return template.format(**context)
        body = f"<div>{context['title']}</div>"
    except KeyError as exc:
        raise LookupError(f"{name}: missing {exc}") from None
    finally:
        stack.pop()
    return body


_pages = itertools.count()


def scenario():
    n = next(_pages)
    name = f"header/{n}" if n % 2 else f"page-{n}"
    return render(name, {"title": f"Title {n}"})
