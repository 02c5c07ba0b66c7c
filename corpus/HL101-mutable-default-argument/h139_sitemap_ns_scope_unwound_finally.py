"""Sitemap reader: `locations()` streams a sitemap with iterparse and yields
each <loc> with the namespace prefixes in scope, kept on a stack that
start-ns events push and end-ns events pop; whatever the walk pushed is
unwound in `finally`. `first_location()` only needs the first URL, so it
stops the generator after one item."""
import io
import itertools
import xml.etree.ElementTree as ET

_maps = itertools.count()


# heaplint-todo: the pop at line 20 ends a generator after tests heaplint could not decide; the unwinding in `finally` is not what the verdict rests on (heaplint: unknown)
def locations(source, scope=[]):  # expect: HL101 refuted
    depth = len(scope)
    try:
        for event, item in ET.iterparse(source, events=("start-ns", "end-ns", "end")):
            if event == "start-ns":
                scope.append(item)
            elif event == "end-ns":
                scope.pop()
            elif item.tag.endswith("}loc"):
                yield item.text, dict(scope)
    finally:
        del scope[depth:]


def first_location(xml_bytes):
    return next(locations(io.BytesIO(xml_bytes)), None)


def scenario():
    n = next(_maps)
    doc = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:img="urn:img:%d">'
           '<url><loc>https://example.com/p/%d</loc></url>'
           '<url><loc>https://example.com/p/%d</loc></url></urlset>') % (n, n, n + 1)
    return first_location(doc.encode())
