"""Pool diagnostics: open connections are listed by name until the connection object goes away."""
import itertools
import weakref


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.closed = False


def track(conn, name, _open={}):  # expect: HL101 confirmed
    _open[name] = conn.dsn
    weakref.ref(conn, lambda _ref: _open.pop(name, None))
    return len(_open)


_checkouts = itertools.count()


def scenario():
    n = next(_checkouts)
    conn = Connection(f"postgresql://db.internal/app?application_name=w{n}")
    return track(conn, f"conn-{n}")
