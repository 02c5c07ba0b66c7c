"""Search indexer: a TextExtractor (html.parser.HTMLParser) collects the text
of a page for the index. Its `chunks=[]` default is stored as is and feed()
only adds to it, so every extractor shares the list and the text of every
page ever indexed piles up there."""
import itertools
from html.parser import HTMLParser

_pages = itertools.count()


class TextExtractor(HTMLParser):
    # heaplint-todo: it flows into `html.parser.HTMLParser.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, chunks=[]):  # expect: HL101 confirmed
        super().__init__()
        self.chunks = chunks

    def feed(self, data):
        super().feed(data)

    def handle_data(self, data):
        if data.strip():
            self.chunks.append(data.strip())


def page_text(html):
    parser = TextExtractor()
    parser.feed(html)
    parser.close()
    return " ".join(parser.chunks[-2:])


def scenario():
    n = next(_pages)
    return len(page_text(f"<h1>Release notes {n}</h1><p>Fixed issue #{n} in the exporter.</p>"))
