"""SDK paginator: scan() pages through a table into a buffer argument (a list by
default) inside a context manager that hands out the buffer and empties it only
when the with-block raises, so a failed scan does not leak half a result into
the next one; a scan that returns normally leaves its items in the buffer."""
import contextlib
import itertools

_ids = itertools.count()


@contextlib.contextmanager
def _draining(buffer):
    try:
        yield buffer
    except Exception:
        del buffer[:]
        raise


def fake_scan(table, start_key):
    start = start_key or 0
    items = [{"pk": f"{table}#{start + i}", "sk": "v0"} for i in range(5)]
    return items, (start + 5 if start < 10 else None)


def scan(table, buffer=[]):  # expect: HL101 confirmed
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
