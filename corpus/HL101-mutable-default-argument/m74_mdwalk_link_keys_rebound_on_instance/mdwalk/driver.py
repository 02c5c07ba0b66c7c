"""driver: one page in, one summary out."""
from . import parse
from .headings import HeadingCollector
from .links import LinkCollector


def summarize(name, source):
    page = parse(name, source)
    headings = HeadingCollector()
    headings.visit(page)
    links = LinkCollector(external_only=True)
    links.visit(page)
    links.visit(page)  # a second walk must not list the same links twice
    title = headings.titles[0] if headings.titles else name
    return {"title": title, "links": links.links}
