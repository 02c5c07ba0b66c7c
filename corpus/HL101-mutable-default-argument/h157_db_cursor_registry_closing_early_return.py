"""Tiny DB layer: every Cursor registers itself in a dict default of live
cursors (for leak reports) and close() unregisters it. fetch_first() wraps
the cursor in contextlib.closing, so the early return on the first
matching row still closes and unregisters it."""
import contextlib
import itertools

_ids = itertools.count()


class Cursor:
    # heaplint-todo: it flows into `contextlib.closing()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, cursor_id, rows, live={}):  # expect: HL101 refuted
        self.cursor_id = cursor_id
        self.rows = list(rows)
        self.live = live
        live[cursor_id] = self

    def close(self):
        self.live.pop(self.cursor_id, None)
        self.rows = []


def fetch_first(cursor_id, rows, predicate):
    with contextlib.closing(Cursor(cursor_id, rows)) as cur:
        for row in cur.rows:
            if predicate(row):
                return row
    return None


def scenario():
    n = next(_ids)
    rows = [(n * 10 + i, f"user{n}-{i}@example.org") for i in range(5)]
    return fetch_first(f"cur-{n:06d}", rows, lambda row: row[0] % 10 == 2)
