"""Search results: `iter_pages()` groups ranked hits into pages, reusing a
list default as the page buffer. It copies the buffer and empties it before
each yield, so when the results view renders the first page and breaks out,
the closed generator leaves the buffer empty."""
import itertools

_searches = itertools.count()


def iter_pages(hits, size=5, buf=[]):  # expect: HL101 refuted
    for hit in hits:
        buf.append(hit)
        if len(buf) >= size:
            page = list(buf)
            buf.clear()
            yield page
    if buf:
        page = list(buf)
        buf.clear()
        yield page


def first_page(query, hits):
    for page in iter_pages(sorted(hits, key=lambda h: -h[1])):
        return {"query": query, "hits": [doc for doc, _ in page]}
    return {"query": query, "hits": []}


def scenario():
    n = next(_searches)
    hits = [(f"doc-{n}-{i}", (i * 37 + n) % 11) for i in range(12)]
    return first_page(f"q{n}", hits)
