"""Site builder: renders one page per call; every third page is rendered with
its own tracing context, the others rely on the engine's default context."""
import itertools

from tmpl.engine import render

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    if n % 3 == 0:
        return render(f"docs/page_{n}.html", {"trace": True, "site": "docs"})
    return render(f"blog/post_{n}.html")
