"""CMS: a parser lists the custom elements a page uses; every parser shares the default set."""
import html.parser
import itertools


class Tracker(html.parser.HTMLParser):
    # heaplint-todo: `HTMLParser.__init__` (which calls `self.reset()`) is unseen code given the instance that keeps the default (heaplint: unknown)
    def __init__(self, seen=set()):  # expect: HL101 confirmed
        super().__init__()
        self.seen = seen

    def handle_starttag(self, tag, attrs):
        if "-" in tag:
            self.seen.add(tag)


def custom_elements(page):
    tracker = Tracker()
    tracker.feed(page)
    tracker.close()
    return sorted(tracker.seen)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    page = f"<div><promo-banner-{n} slot='top'></promo-banner-{n}><p>sale {n}</p></div>"
    return custom_elements(page)
