"""Product-feed importer: an xml.sax ContentHandler records the `id` attribute
of every <item> element in the list from __init__ (the shared default `[]`).
startDocument, which the parser calls before any element, clears the list, so
it only ever holds the ids of the feed currently being imported."""
import itertools
import xml.sax

_feeds = itertools.count()


class ItemIdHandler(xml.sax.ContentHandler):
    # heaplint-todo: it flows into `xml.sax.ContentHandler.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, ids=[]):  # expect: HL101 refuted
        super().__init__()
        self.ids = ids

    def startDocument(self):
        self.ids.clear()

    def startElement(self, name, attrs):
        if name == "item" and "id" in attrs:
            self.ids.append(attrs["id"])


def scenario():
    n = next(_feeds)
    feed = (f'<feed><item id="sku-{n:08d}-red"/><item id="sku-{n:08d}-blue"/>'
            f'<item id="sku-{n:08d}-green"/></feed>')
    handler = ItemIdHandler()
    xml.sax.parseString(feed.encode("utf-8"), handler)
    return len(handler.ids)
