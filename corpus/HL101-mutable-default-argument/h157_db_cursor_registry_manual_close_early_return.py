"""Tiny DB layer: every Cursor registers itself in a dict default of live
cursors (for leak reports) and close() unregisters it. fetch_first() calls
close() by hand after the loop, so the early return on the first matching
row skips it and the cursor (with its rows) stays registered."""
import itertools

_ids = itertools.count()


class Cursor:
    def __init__(self, cursor_id, rows, live={}):  # expect: HL101 confirmed
        self.cursor_id = cursor_id
        self.rows = list(rows)
        self.live = live
        live[cursor_id] = self

    def close(self):
        self.live.pop(self.cursor_id, None)
        self.rows = []


def fetch_first(cursor_id, rows, predicate):
    cur = Cursor(cursor_id, rows)
    for row in cur.rows:
        if predicate(row):
            return row
    cur.close()
    return None


def scenario():
    n = next(_ids)
    rows = [(n * 10 + i, f"user{n}-{i}@example.org") for i in range(5)]
    return fetch_first(f"cur-{n:06d}", rows, lambda row: row[0] % 10 == 2)
