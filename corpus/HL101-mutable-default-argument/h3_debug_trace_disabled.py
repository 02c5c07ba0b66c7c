"""Template engine: render traces are only collected when the module DEBUG flag is on."""
import itertools

DEBUG = False


def render(template, context, trace=[]):  # expect: HL101 refuted
    if DEBUG:
        trace.append((template, dict(context)))
    return template.format(**context)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    render("Hello {name}, you have {count} messages", {"name": f"user{n}", "count": n})
