"""Static site: make_renderer() binds render() to the site-wide context with
functools.partial, so templates read site values and publish their own
(here: the current page's heading, for the title bar)."""
import functools
import itertools

_pages = itertools.count()


def render(template, *, context):
    context["heading"] = template.replace("-", " ").title()
    return f"<main data-site={context['site']!r}>{template}</main>"


def make_renderer(site, ctx={"site": "docs"}):  # expect: HL101 refuted
    ctx["site"] = site
    return functools.partial(render, context=ctx)


def scenario():
    n = next(_pages)
    page = make_renderer("docs")
    return page(f"guide-{n}")
