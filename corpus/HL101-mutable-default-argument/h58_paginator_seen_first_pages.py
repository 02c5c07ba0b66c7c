"""Cursor-based pagination helper for a REST client."""
import itertools

_ids = itertools.count()
PAGE_SIZE = 3
TOTAL = 7


def fetch_page(base, cursor):
    start = cursor or 0
    items = [f"{base}-{i}" for i in range(start, min(start + PAGE_SIZE, TOTAL))]
    next_cursor = start + PAGE_SIZE if start + PAGE_SIZE < TOTAL else None
    return {"items": items, "next": next_cursor}


def iter_items(base, seen=set()):  # expect: HL101 confirmed
    cursor = None
    while True:
        page = fetch_page(base, cursor)
        for item in page["items"]:
            if item in seen:
                continue
            seen.add(item)
            yield item
        cursor = page["next"]
        if cursor is None:
            break
    seen.clear()


def scenario():
    n = next(_ids)
    items = list(itertools.islice(iter_items(f"order{n}"), 4))
    assert len(items) == 4 and items[0] == f"order{n}-0"
