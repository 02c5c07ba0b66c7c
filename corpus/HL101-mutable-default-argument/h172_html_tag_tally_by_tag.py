"""Crawler page profile: a TagTally (html.parser.HTMLParser) counts the start
tags that feed() meets on a page. handle_starttag tallies into a default
dict keyed by the tag name only; pages use a handful of tags, so the dict
keeps a few keys whose counts are replaced, however many pages are crawled."""
import itertools
from html.parser import HTMLParser

_pages = itertools.count()


class TagTally(HTMLParser):
    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def handle_starttag(self, tag, attrs, _tally={}):  # expect: HL101 refuted
        key = tag
        _tally[key] = _tally.get(key, 0) + 1
        self.tally = _tally


def profile(html):
    parser = TagTally()
    parser.feed(html)
    parser.close()
    return parser.tally.get("p", 0)


def scenario():
    n = next(_pages)
    html = (f"<div><p>Order {n} shipped.</p><p><a href='/orders/{n}'>Track</a>"
            f" or <a href='/help/shipping?ref={n}'>get help</a></p></div>")
    return profile(html)
