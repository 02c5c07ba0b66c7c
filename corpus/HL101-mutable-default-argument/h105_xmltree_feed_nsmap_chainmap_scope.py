"""Feed export: `qualified_names()` walks an ElementTree and yields
prefixed names, giving each namespace URI a short prefix. Well-known URIs
are preset in the default map, which sits behind a per-walk ChainMap:
partner namespaces are written into the ChainMap's own first layer."""
import collections
import itertools
import xml.etree.ElementTree as ET

_feeds = itertools.count()


def qualified_names(root, nsmap={"http://www.w3.org/2005/Atom": "atom"}):  # expect: HL101 refuted
    scope = collections.ChainMap({}, nsmap)
    for el in root.iter():
        uri, _, local = el.tag[1:].partition("}") if el.tag.startswith("{") else ("", "", el.tag)
        if uri and uri not in scope:
            scope[uri] = "ns%d" % len(scope)
        yield "%s:%s" % (scope[uri], local) if uri else local


def scenario():
    n = next(_feeds)
    atom, ext = "{http://www.w3.org/2005/Atom}", "{urn:partner:%d:ext}" % n
    feed = ET.Element(atom + "feed")
    entry = ET.SubElement(feed, atom + "entry")
    ET.SubElement(entry, atom + "title").text = "Item %d" % n
    ET.SubElement(entry, ext + "price").text = str(n)
    return " ".join(qualified_names(feed))
