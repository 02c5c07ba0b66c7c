"""Search: `iter_hits()` yields matching documents and, once the index has been scanned to
the end, appends the query to its default `_history` list (for "recent searches").
`best_hit()` only takes the first hit with next(); the query always matches, the suspended
generator is closed at its `yield` when dropped, and the append after the loop never runs."""
import itertools

INDEX = [
    {"id": i, "title": f"{topic} guide part {i}"}
    for i, topic in enumerate(["python", "django", "flask", "python", "asyncio"] * 4)
]


def iter_hits(query, _history=[]):  # expect: HL101 refuted
    needle = query.split()[0].lower()
    for doc in INDEX:
        if needle in doc["title"]:
            yield doc
    _history.append(query)


def best_hit(query):
    hit = next(iter_hits(query), None)
    return {"query": query, "total": int(hit is not None), "hits": [hit] if hit else []}


_queries = itertools.count()


def scenario():
    n = next(_queries)
    return best_hit(f"python tips #{n}")
