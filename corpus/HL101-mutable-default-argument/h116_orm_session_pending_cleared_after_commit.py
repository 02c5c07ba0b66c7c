"""ORM unit of work: `Session.add()` queues new rows in `self.pending`, and
`commit()` writes them to the store in primary-key order, then empties the
queue with `clear()`. The queue is the `pending` set default shared by every
session, but each commit leaves it empty again."""
import itertools
import operator

_ids = itertools.count(1)


class Row:
    def __init__(self, pk, **values):
        self.pk = pk
        self.values = values


class Session:
    def __init__(self, store, pending=set()):  # expect: HL101 refuted
        self.store = store
        self.pending = pending

    def add(self, row):
        self.pending.add(row)
        return row

    def commit(self):
        for row in sorted(self.pending, key=operator.attrgetter("pk")):
            self.store[row.pk] = dict(row.values)
        written = len(self.pending)
        self.pending.clear()
        return written


def scenario():
    base = next(_ids) * 3
    session = Session(store={})
    for pk in range(base, base + 3):
        session.add(Row(pk, name="item-%d" % pk, price=pk % 97))
    return session.commit()
