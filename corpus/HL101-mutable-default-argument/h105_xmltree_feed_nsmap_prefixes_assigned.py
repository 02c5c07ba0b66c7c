"""Feed export: `qualified_names()` walks an ElementTree and yields
prefixed names, giving each namespace URI a short prefix. Well-known URIs
are preset in the default map; each partner feed brings its own extension
namespace, which gets written into that same map and stays there."""
import itertools
import xml.etree.ElementTree as ET

_feeds = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 13, 14, 16 (heaplint: unknown)
def qualified_names(root, nsmap={"http://www.w3.org/2005/Atom": "atom"}):  # expect: HL101 confirmed
    for el in root.iter():
        uri, _, local = el.tag[1:].partition("}") if el.tag.startswith("{") else ("", "", el.tag)
        if uri and uri not in nsmap:
            nsmap[uri] = "ns%d" % len(nsmap)
        yield "%s:%s" % (nsmap[uri], local) if uri else local


def scenario():
    n = next(_feeds)
    atom, ext = "{http://www.w3.org/2005/Atom}", "{urn:partner:%d:ext}" % n
    feed = ET.Element(atom + "feed")
    entry = ET.SubElement(feed, atom + "entry")
    ET.SubElement(entry, atom + "title").text = "Item %d" % n
    ET.SubElement(entry, ext + "price").text = str(n)
    return " ".join(qualified_names(feed))
