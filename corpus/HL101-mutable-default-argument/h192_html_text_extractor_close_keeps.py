"""Search indexer that strips markup from a page with an HTMLParser subclass:
handle_data collects text chunks into the list passed to __init__ (the shared
default `[]`), and close() flushes the parser and joins the chunks. Nothing
ever empties the list, so every page's text stays in the default."""
import itertools
from html.parser import HTMLParser

_docs = itertools.count()


class TextExtractor(HTMLParser):
    # heaplint-todo: it flows into `html.parser.HTMLParser.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, chunks=[]):  # expect: HL101 confirmed
        super().__init__(convert_charrefs=True)
        self.chunks = chunks

    def handle_data(self, data):
        if data.strip():
            self.chunks.append(data.strip())

    def close(self):
        super().close()
        text = " ".join(self.chunks)
        return text


def scenario():
    n = next(_docs)
    parser = TextExtractor()
    parser.feed(f"<h1>Release notes {n}</h1><p>Fixed ticket #{n * 7} in the "
                f"billing export &amp; the invoice-{n:06d} preview.</p>")
    return parser.close()
