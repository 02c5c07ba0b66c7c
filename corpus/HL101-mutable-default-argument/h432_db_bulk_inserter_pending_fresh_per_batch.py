"""DB helper: BulkInserter.add() lazily creates the pending-rows buffer on first
use (`if not hasattr(self, "_pending")`) by binding the default list, and
flush() rebinds the buffer to a fresh list. Each import job builds a fresh
inserter, so every job binds the same default list again and fills it before
its flush swaps it out: the default keeps every job's rows."""
import itertools

_jobs = itertools.count()


class BulkInserter:
    def __init__(self, table, columns):
        self.table = table
        self.columns = columns

    def add(self, row, pending=[]):  # expect: HL101 confirmed
        if not hasattr(self, "_pending"):
            self._pending = pending
        self._pending.append(tuple(row))

    def flush(self):
        rows, self._pending = self._pending, []
        marks = ", ".join("?" for _ in self.columns)
        sql = f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})"
        return sql, len(rows)


def scenario():
    n = next(_jobs)
    inserter = BulkInserter("events", ("job", "kind", "payload"))
    for kind in ("start", "progress", "done"):
        inserter.add((n, kind, f"job-{n}:{kind}"))
    return inserter.flush()
