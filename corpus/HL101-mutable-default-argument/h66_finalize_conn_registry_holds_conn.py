"""Pool diagnostics: track() registers each new connection by fd with a weakref.finalize hook for teardown."""
import itertools
import weakref


class Connection:
    def __init__(self, fd, peer):
        self.fd = fd
        self.peer = peer
        self.sent = 0

    def send(self, data):
        self.sent += len(data)
        return len(data)


def track(conn, _open={}):  # expect: HL101 confirmed
    _open[conn.fd] = conn
    weakref.finalize(conn, _open.pop, conn.fd, None)
    return len(_open)


def connect(host, port, fd):
    conn = Connection(fd, f"{host}:{port}")
    track(conn)
    return conn


_requests = itertools.count()


def scenario():
    n = next(_requests)
    conn = connect(f"db{n}.internal", 5432, 1000 + n)
    return conn.send(f"SELECT * FROM orders WHERE id = {n}".encode())
