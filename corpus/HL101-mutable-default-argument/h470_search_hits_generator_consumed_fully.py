"""Search: `iter_hits()` yields matching documents and, once the index has been scanned to
the end, appends the query to its default `_history` list (for "recent searches").
`search_page()` drains the generator into a list, so the generator runs past its loop and
the append happens on every query."""
import itertools

INDEX = [
    {"id": i, "title": f"{topic} guide part {i}"}
    for i, topic in enumerate(["python", "django", "flask", "python", "asyncio"] * 4)
]


def iter_hits(query, _history=[]):  # expect: HL101 confirmed
    needle = query.split()[0].lower()
    for doc in INDEX:
        if needle in doc["title"]:
            yield doc
    _history.append(query)


def search_page(query, limit=5):
    hits = list(iter_hits(query))
    return {"query": query, "total": len(hits), "hits": hits[:limit]}


_queries = itertools.count()


def scenario():
    n = next(_queries)
    return search_page(f"python tips #{n}")
