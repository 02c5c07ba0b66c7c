"""Paginator: the generator clears its default list of visited cursors when it starts, then pages forever; callers take two pages."""
import itertools


def pages(query, visited=[]):  # expect: HL101 refuted
    visited.clear()
    cursor = 0
    while True:
        visited.append(cursor)
        yield {"query": query, "cursor": cursor, "seen": len(visited)}
        cursor += 25


def first_two_pages(query):
    return [p["cursor"] for p in itertools.islice(pages(query), 2)]


_queries = itertools.count()


def scenario():
    return first_two_pages(f"status:open id>{next(_queries)}")
