"""Database driver: `connect()` tracks live connection handles in a `weakref.WeakValueDictionary` default keyed by DSN and session id.

The tracking map is mutated on every connect, and every key is new. But the
values are weak: once the caller closes the connection and drops it, the
handle is freed and its callback removes the entry, so the default only ever
holds the connections still in use.
"""
import itertools
import weakref


class Connection:
    def __init__(self, dsn, session_id):
        self.dsn = dsn
        self.session_id = session_id
        self.closed = False
        self.statements = []

    def execute(self, sql, params=()):
        if self.closed:
            raise RuntimeError("connection closed")
        self.statements.append((sql, params))
        return len(self.statements)

    def close(self):
        self.closed = True
        self.statements.clear()


def connect(dsn, session_id, _live=weakref.WeakValueDictionary()):  # expect: HL101 refuted
    key = f"{dsn}|{session_id}"
    conn = _live.get(key)
    if conn is None or conn.closed:
        conn = Connection(dsn, session_id)
        _live[key] = conn
    return conn


def handle_request(dsn, session_id, user_id):
    conn = connect(dsn, session_id)
    try:
        conn.execute("SELECT * FROM users WHERE id = %s", (user_id,))
        conn.execute("UPDATE users SET seen = now() WHERE id = %s", (user_id,))
        return conn.execute("COMMIT")
    finally:
        conn.close()


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    return handle_request("postgresql://db.internal/app", f"s{n:06x}", n % 500)
