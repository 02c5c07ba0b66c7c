"""CMS: a parser lists the custom elements a page uses into a set it makes in __init__."""
import html.parser
import itertools


class Tracker(html.parser.HTMLParser):
    def __init__(self, seen=set()):  # expect: HL101 refuted
        super().__init__()
        self.seen = set(seen)

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
