"""Pooled DB connection wrapper that reports connections dropped without close()."""
import itertools

_request_ids = itertools.count()


class PooledConnection:
    def __init__(self, dsn, leak_report=[]):  # expect: HL101 confirmed
        self.dsn = dsn
        self.closed = False
        self._leaks = leak_report

    def execute(self, sql, params=()):
        if self.closed:
            raise RuntimeError("connection is closed")
        if sql.count("?") != len(params):
            raise ValueError("parameter count mismatch")
        return [dict(zip(("id", "name"), (params[0], f"user-{params[0]}")))]

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __del__(self):
        if not self.closed:
            self._leaks.append(self.dsn)


def load_user(user_id):
    conn = PooledConnection(f"postgresql://db:5432/app?application_name=req-{user_id}")
    rows = conn.execute("SELECT id, name FROM users WHERE id = ?", (user_id,))
    return rows[0] if rows else None


def scenario():
    load_user(next(_request_ids))
