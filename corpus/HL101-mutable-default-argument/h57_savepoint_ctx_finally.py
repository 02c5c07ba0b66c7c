"""Nested transaction helper for a thin DB-API wrapper."""
import itertools
from contextlib import contextmanager

_n = itertools.count()


class Cursor:
    def __init__(self):
        self.log = []

    def execute(self, sql):
        self.log.append(sql)


@contextmanager
def savepoint(cursor, name, _active=[]):  # expect: HL101 refuted
    _active.append(name)
    cursor.execute(f"SAVEPOINT {name}")
    try:
        yield name
    except Exception:
        cursor.execute(f"ROLLBACK TO SAVEPOINT {name}")
        raise
    else:
        cursor.execute(f"RELEASE SAVEPOINT {name}")
    finally:
        _active.remove(name)


def apply_order(cursor, order_id, qty):
    try:
        with savepoint(cursor, f"sp_{order_id}"):
            if qty <= 0:
                raise ValueError(f"bad quantity for {order_id}")
            cursor.execute(f"UPDATE stock SET qty = qty - {qty}")
    except ValueError:
        return False
    return True


def scenario():
    n = next(_n)
    return apply_order(Cursor(), f"order-{n:08d}", n % 4 - 1)
