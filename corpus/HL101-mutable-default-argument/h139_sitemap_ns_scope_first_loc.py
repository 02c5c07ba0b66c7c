"""Sitemap reader: `locations()` streams a sitemap with iterparse and yields
each <loc> with the namespace prefixes in scope, kept on a stack that
start-ns events push and end-ns events pop. `first_location()` only needs
the first URL, so it stops the generator after one item."""
import io
import itertools
import xml.etree.ElementTree as ET

_maps = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 14 (heaplint: unknown)
def locations(source, scope=[]):  # expect: HL101 confirmed
    for event, item in ET.iterparse(source, events=("start-ns", "end-ns", "end")):
        if event == "start-ns":
            scope.append(item)
        elif event == "end-ns":
            scope.pop()
        elif item.tag.endswith("}loc"):
            yield item.text, dict(scope)


def first_location(xml_bytes):
    return next(locations(io.BytesIO(xml_bytes)), None)


def scenario():
    n = next(_maps)
    doc = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:img="urn:img:%d">'
           '<url><loc>https://example.com/p/%d</loc></url>'
           '<url><loc>https://example.com/p/%d</loc></url></urlset>') % (n, n, n + 1)
    return first_location(doc.encode())
