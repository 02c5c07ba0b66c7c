"""Crawler helper that pulls every <a href> out of a fetched page with an
html.parser.HTMLParser subclass. The parser keeps the list it was given in
__init__ (by default the shared `[]`), and handle_starttag, called by feed(),
appends each href to it, so the links of every page ever parsed pile up."""
import itertools
from html.parser import HTMLParser

_pages = itertools.count()


class LinkCollector(HTMLParser):
    # heaplint-todo: it flows into `html.parser.HTMLParser.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, links=[]):  # expect: HL101 confirmed
        super().__init__(convert_charrefs=True)
        self.links = links

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
