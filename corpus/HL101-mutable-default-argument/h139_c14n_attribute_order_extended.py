"""Canonical XML writer: `canonical_attrs()` lists an element's attributes in a
stable, diff-friendly order: the well-known attributes first in their usual
order, every other attribute after them in the order it was first seen, which
is remembered by appending it to the ordering list."""
import itertools
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

_rows = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 14, 22 (heaplint: unknown)
def canonical_attrs(elem, order=["id", "name", "class", "href", "src"]):  # expect: HL101 confirmed
    for key in elem.attrib:
        if key in order:
            continue
        order.append(key)
    return sorted(elem.attrib.items(), key=lambda kv: order.index(kv[0]))


def write_element(elem):
    attrs = "".join(" %s=%s" % (key, quoteattr(value)) for key, value in canonical_attrs(elem))
    inner = escape(elem.text or "") + "".join(write_element(child) for child in elem)
    return "<%s%s>%s</%s>" % (elem.tag, attrs, inner, elem.tag)


def scenario():
    n = next(_rows)
    row = ET.Element("tr", {"data-track-%d" % n: "row", "class": "odd" if n % 2 else "even", "id": "r%d" % n})
    ET.SubElement(row, "td", {"title": "Qty"}).text = "%d < %d" % (n, n + 1)
    return write_element(row)
