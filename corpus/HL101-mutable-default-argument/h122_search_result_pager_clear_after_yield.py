"""Search results: `iter_pages()` groups ranked hits into pages, reusing a
list default as the page buffer and emptying it after each page is yielded.
The results view only renders the first page and breaks out of the loop, so
the generator is closed at the yield and the buffer keeps its hits."""
import itertools

_searches = itertools.count()


def iter_pages(hits, size=5, buf=[]):  # expect: HL101 confirmed
    for hit in hits:
        buf.append(hit)
        if len(buf) >= size:
            yield list(buf)
            buf.clear()
    if buf:
        yield list(buf)
        buf.clear()


def first_page(query, hits):
    for page in iter_pages(sorted(hits, key=lambda h: -h[1])):
        return {"query": query, "hits": [doc for doc, _ in page]}
    return {"query": query, "hits": []}


def scenario():
    n = next(_searches)
    hits = [(f"doc-{n}-{i}", (i * 37 + n) % 11) for i in range(12)]
    return first_page(f"q{n}", hits)
