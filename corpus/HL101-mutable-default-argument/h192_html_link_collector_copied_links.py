"""Crawler helper that pulls every <a href> out of a fetched page with an
html.parser.HTMLParser subclass. __init__ copies the seed list it is given
(`list(links)`), so handle_starttag appends to the parser's own list and the
shared default `[]` stays empty; each page's links die with its parser."""
import itertools
from html.parser import HTMLParser

_pages = itertools.count()


class LinkCollector(HTMLParser):
    def __init__(self, links=[]):  # expect: HL101 refuted
        super().__init__(convert_charrefs=True)
        self.links = list(links)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.links.append(value)


def scenario():
    n = next(_pages)
    parser = LinkCollector()
    parser.feed(f'<p>See <a href="/articles/{n}/comments?page=2">comments</a> '
                f'and <a href="/authors/writer-{n:06d}">the author</a>.</p>')
    parser.close()
    return len(parser.links)
