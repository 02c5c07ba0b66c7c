"""Database driver: per-connection query statistics kept beside the connection object."""
import itertools
import weakref
from datetime import datetime, timedelta

EPOCH = datetime(2024, 1, 1)


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.clock = EPOCH

    def execute(self, sql, stats=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
        self.clock += timedelta(milliseconds=3)
        entry = stats.setdefault(self, {"conn": self, "first": self.clock, "count": 0})
        entry["count"] += 1
        entry["last"] = self.clock
        return sql.split()[0].upper(), entry["count"]


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    conn = Connection(f"postgresql://app@db/tenant_{n}")
    conn.execute(f"select * from orders where id = {n}")
    return conn.execute("update orders set seen = true")
