"""Minimal XML element tree used by a sitemap writer."""
import itertools
from xml.sax.saxutils import escape, quoteattr

_pages = itertools.count()
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


class Element:
    def __init__(self, tag, attrib=None, text=None, children=[]):  # expect: HL101 confirmed
        self.tag = tag
        self.attrib = dict(attrib or {})
        self.text = text
        self.children = children if children is not None else []

    def append(self, child):
        self.children.append(child)
        return child

    def serialize(self):
        attrs = "".join(f" {k}={quoteattr(str(v))}" for k, v in sorted(self.attrib.items()))
        if self.text is not None:
            return f"<{self.tag}{attrs}>{escape(self.text)}</{self.tag}>"
        inner = "".join(child.serialize() for child in self.children)
        return f"<{self.tag}{attrs}>{inner}</{self.tag}>"


def build_sitemap(paths, lastmod):
    urlset = Element("urlset", {"xmlns": SITEMAP_NS})
    for path in paths:
        loc = Element("loc", text=f"https://example.org{path}")
        stamp = Element("lastmod", text=lastmod)
        urlset.append(Element("url", children=[loc, stamp]))
    return urlset.serialize()


def scenario():
    n = next(_pages)
    return build_sitemap([f"/blog/{n}", f"/blog/{n}/comments"], "2024-01-%02d" % (n % 28 + 1))
