"""Connection pool: a connection is registered before its handshake; the caller logs and skips failed peers."""
import itertools


class HandshakeError(Exception):
    pass


class Conn:
    def __init__(self, peer, version):
        self.peer = peer
        self.version = version

    def handshake(self):
        if self.version < 2:
            raise HandshakeError(f"{self.peer}: protocol {self.version} too old")
        return self.version


def open_conn(peer, version, live=[]):  # expect: HL101 refuted
    conn = Conn(peer, version)
    live.append(conn)
    conn.handshake()
    live.remove(conn)
    return conn


_peers = itertools.count()


def scenario():
    n = next(_peers)
    try:
        return open_conn(f"10.0.{n // 250 % 250}.{n % 250}:{9000 + n}", 2 + n % 2).version
    except HandshakeError as exc:
        return str(exc)
