"""Product-feed importer: an xml.sax ContentHandler records the `id` attribute
of every <item> element. The list comes from __init__ and defaults to the
shared `[]`; startElement, called by the SAX parser, appends to it, so the ids
of every feed ever imported stay in the default."""
import itertools
import xml.sax

_feeds = itertools.count()


class ItemIdHandler(xml.sax.ContentHandler):
    # heaplint-todo: it flows into `xml.sax.ContentHandler.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, ids=[]):  # expect: HL101 confirmed
        super().__init__()
        self.ids = ids

    def startDocument(self):
        self.count = 0

    def startElement(self, name, attrs):
        if name == "item" and "id" in attrs:
            self.ids.append(attrs["id"])
            self.count += 1


def scenario():
    n = next(_feeds)
    feed = (f'<feed><item id="sku-{n:08d}-red"/><item id="sku-{n:08d}-blue"/>'
            f'<item id="sku-{n:08d}-green"/></feed>')
    handler = ItemIdHandler()
    xml.sax.parseString(feed.encode("utf-8"), handler)
    return handler.count
