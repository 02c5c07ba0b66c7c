"""SDK paginator: scan() pages through a table into a buffer argument (a list by
default) inside a context manager that hands out the buffer and empties it in a
finally block when the with-block exits, by return or by error; the caller gets
a copy of the items."""
import contextlib
import itertools

_ids = itertools.count()


@contextlib.contextmanager
def _draining(buffer):
    try:
        yield buffer
    finally:
        del buffer[:]


def fake_scan(table, start_key):
    start = start_key or 0
    items = [{"pk": f"{table}#{start + i}", "sk": "v0"} for i in range(5)]
    return items, (start + 5 if start < 10 else None)


def scan(table, buffer=[]):  # expect: HL101 refuted
    with _draining(buffer) as items:
        key = None
        while True:
            page, key = fake_scan(table, key)
            items.extend(page)
            if key is None:
                return list(items)


def scenario():
    n = next(_ids)
    return len(scan(f"orders-{n}"))
