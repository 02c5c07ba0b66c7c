"""DB adapter: each connection keeps its transaction state in a threading.local subclass; savepoints are a context manager."""
import contextlib
import itertools
import threading


class TransactionState(threading.local):
    def __init__(self, savepoints=[]):  # expect: HL101 refuted
        self.savepoints = savepoints
        self.statements = []


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.state = TransactionState()

    def execute(self, sql):
        self.state.statements.append(sql)

    @contextlib.contextmanager
    def savepoint(self):
        name = f"sp_{next(_ids)}"
        self.state.savepoints.append(name)
        self.execute(f"SAVEPOINT {name}")
        try:
            yield name
        except Exception:
            self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        else:
            self.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self.state.savepoints.pop()


_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    conn = Connection(f"postgresql://app@db/shop_{n % 3}")
    with conn.savepoint():
        conn.execute(f"UPDATE orders SET status = 'paid' WHERE id = {n}")
    return len(conn.state.statements)
