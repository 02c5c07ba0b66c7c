"""Connection stats: per-connection data lives in a WeakKeyDictionary so it dies with the connection."""
import itertools
import weakref


class Connection:
    def __init__(self, peer):
        self.peer = peer
        self.sent = 0

    def send(self, data):
        self.sent += len(data)
        return len(data)

    def close(self):
        self.sent = 0


def track(conn, _stats=weakref.WeakKeyDictionary()):  # expect: HL101 refuted
    _stats[conn] = {"peer": conn.peer, "on_close": Connection.close}
    return len(_stats)


def talk(peer, message):
    conn = Connection(peer)
    track(conn)
    return conn.send(message.encode())


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return talk(f"10.1.{n % 250}.{n // 250 % 250}", f"hello {n}")
