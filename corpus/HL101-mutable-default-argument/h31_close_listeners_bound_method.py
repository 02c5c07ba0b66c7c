"""Connection pool: each connection subscribes a close listener to a list default, skipping ones already present; a fresh connection's bound method never equals an earlier one."""
import itertools


def log_close(conn_id, code):
    return f"conn {conn_id} closed with {code}"


class Connection:
    def __init__(self, conn_id):
        self.conn_id = conn_id

    def on_close(self, conn_id, code):
        return f"{self.conn_id}: {code}"


def subscribe(cb, listeners=[]):  # expect: HL101 confirmed
    if cb not in listeners:
        listeners.append(cb)
    return listeners


_conns = itertools.count()


def scenario():
    n = next(_conns)
    conn = Connection(n)
    listeners = subscribe(conn.on_close)
    return [cb(conn.conn_id, 1000) for cb in listeners[-1:]]
