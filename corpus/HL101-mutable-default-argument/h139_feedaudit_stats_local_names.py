"""Catalogue audit: `audit_feed()` records the element names of each partner
product feed in a `FeedStats` collector (the long-running default one unless
a caller passes its own) and reports the most common element so far. Names
are counted without their namespace URI, so a partner's `p:sku` counts as
`sku`."""
import collections
import dataclasses
import itertools
import xml.etree.ElementTree as ET

_feeds = itertools.count()


@dataclasses.dataclass
class FeedStats:
    counts: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    feeds: int = 0

    def record(self, root):
        self.feeds += 1
        self.counts.update(el.tag.rpartition("}")[2] for el in root.iter())


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def audit_feed(xml_text, stats=FeedStats()):  # expect: HL101 refuted
    stats.record(ET.fromstring(xml_text))
    top = max(stats.counts, key=stats.counts.get)
    return "%d feeds, most common element %s (%d)" % (stats.feeds, top, stats.counts[top])


def scenario():
    n = next(_feeds)
    return audit_feed('<feed xmlns:p="urn:partner:%d"><item><p:sku>%d</p:sku><title>Item</title>'
                      '</item><item><p:sku>%d</p:sku></item></feed>' % (n, n, n + 1))
