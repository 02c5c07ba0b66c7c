"""ORM: `paginate()` yields pages of rows; on a full page it records the next page's cursor
in its default `_cursors` list (meant for "resume" links) before yielding. A short page is
the last one: it is yielded and the generator returns before the append.
Every user has 3 orders and the page size is 25, so the first page is already the last."""
import itertools

ORDERS = {f"user{u}": [f"order-{u}-{i}" for i in range(3)] for u in range(10)}


def fetch(user, offset, limit):
    return ORDERS[user][offset:offset + limit]


def paginate(user, page_size, _cursors=[]):  # expect: HL101 refuted
    offset = 0
    while True:
        rows = fetch(user, offset, page_size)
        if len(rows) < page_size:
            if rows:
                yield rows
            return
        offset += page_size
        _cursors.append(f"{user}:{offset}")
        yield rows


PAGE_SIZE = 25
_views = itertools.count()


def scenario():
    n = next(_views)
    return [row for page in paginate(f"user{n % 10}", PAGE_SIZE) for row in page]
