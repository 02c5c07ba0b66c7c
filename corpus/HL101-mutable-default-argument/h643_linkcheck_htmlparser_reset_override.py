"""Link checker: a LinkCollector (html.parser.HTMLParser subclass) default
instance pulls href targets out of each crawled page. The parser is reset
before each page, and LinkCollector overrides reset() to start a fresh
`links` list before HTMLParser.reset() clears the parser's own state."""
import html.parser
import itertools

_pages = itertools.count()


class LinkCollector(html.parser.HTMLParser):
    def reset(self):
        self.links = []
        super().reset()

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.extend(value for name, value in attrs if name == "href" and value)


# heaplint-todo: the default is an `html.parser.HTMLParser` subclass instance whose standard-library code heaplint does not run in full (heaplint: unknown)
def extract_links(page, parser=LinkCollector()):  # expect: HL101 refuted
    parser.reset()
    parser.feed(page)
    parser.close()
    return [link for link in parser.links if not link.startswith("#")]


def scenario():
    n = next(_pages)
    page = f'<p>See <a href="/wiki/Page_{n}">page</a>, <a href="#top">top</a>.</p>'
    return extract_links(page)
