"""Nested transaction helper for a small DB-API wrapper (savepoint stack)."""
import contextlib
import itertools

_ids = itertools.count()


class IntegrityError(Exception):
    pass


class Connection:
    def __init__(self):
        self.log = []

    def execute(self, sql):
        if "duplicate" in sql:
            raise IntegrityError(sql)
        self.log.append(sql)


@contextlib.contextmanager
def savepoint(conn, name, stack=[]):  # expect: HL101 confirmed
    stack.append(name)
    conn.execute("SAVEPOINT %s" % name)
    try:
        yield conn
    except Exception:
        conn.execute("ROLLBACK TO SAVEPOINT %s" % name)
        raise
    else:
        conn.execute("RELEASE SAVEPOINT %s" % name)
        stack.pop()


def scenario():
    n = next(_ids)
    conn = Connection()
    for i, row in enumerate(("row-%d" % n, "duplicate-%d" % n)):
        try:
            with savepoint(conn, "sp_%d_%d" % (n, i)):
                conn.execute("INSERT INTO items VALUES ('%s')" % row)
        except IntegrityError:
            conn.log.append("skipped %s" % row)
