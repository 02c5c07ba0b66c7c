"""Event listener registry keyed by (table, identifier), SQLAlchemy event style."""
import itertools
from collections import defaultdict

_ids = itertools.count()


class Table:
    def __init__(self, name, *columns):
        self.name, self.columns = name, columns


class Dispatcher:
    # heaplint-todo: `Dispatcher.listen`, which stores into the defaultdict, is a method nothing calls; run as outside callers would, it leaves the default in play (unknown) (heaplint: unknown)
    def __init__(self, listeners=defaultdict(list)):  # expect: HL101 refuted
        self._listeners = listeners

    def listen(self, target, identifier, fn):
        self._listeners[(target.name, identifier)].append(fn)

    def dispatch(self, target, identifier, *args):
        for fn in self._listeners.get((target.name, identifier), ()):
            fn(target, *args)

    def execute_insert(self, table, row):
        self.dispatch(table, "before_insert", row)
        cols = [c for c in table.columns if c in row]
        sql = "INSERT INTO %s (%s) VALUES (%s)" % (table.name, ", ".join(cols), ", ".join("?" * len(cols)))
        self.dispatch(table, "after_insert", row)
        return sql, tuple(row[c] for c in cols)


def _stamp_creator(table, row):
    row.setdefault("created_by", "system")


AUDIT = Table("audit", "id", "created_by", "action")
Dispatcher().listen(AUDIT, "before_insert", _stamp_creator)


def scenario():
    n = next(_ids)
    engine = Dispatcher()
    staging = Table("tmp_import_%d" % n, "id", "payload")
    engine.execute_insert(staging, {"id": n, "payload": "x" * (n % 5)})
    return engine.execute_insert(AUDIT, {"id": n, "action": "import"})
