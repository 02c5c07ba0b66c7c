"""Link checker: a LinkCollector (html.parser.HTMLParser subclass) default
instance pulls href targets out of each crawled page. The parser is reset
before each page, but HTMLParser.reset() only clears the parser's own
buffer and state: the subclass's `links` list, set up in __init__, stays."""
import html.parser
import itertools

_pages = itertools.count()


class LinkCollector(html.parser.HTMLParser):
    def __init__(self):
        self.links = []
        super().__init__()

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.extend(value for name, value in attrs if name == "href" and value)


# heaplint-todo: the default is an `html.parser.HTMLParser` subclass instance; whether `feed` reaches `handle_starttag` rests on tests of the standard library's parser heaplint cannot evaluate (heaplint: unknown)
def extract_links(page, parser=LinkCollector()):  # expect: HL101 confirmed
    parser.reset()
    parser.feed(page)
    parser.close()
    return [link for link in parser.links if not link.startswith("#")]


def scenario():
    n = next(_pages)
    page = f'<p>See <a href="/wiki/Page_{n}">page</a>, <a href="#top">top</a>.</p>'
    return extract_links(page)
