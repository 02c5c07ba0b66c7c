"""asyncio line protocol: a base protocol tracks open transports by peer
address so the server can broadcast. connection_lost forgets the peer
whatever the reason and only notes whether the client reset the connection
(exc is an OSError), so the dict shared through the default holds live peers."""
import asyncio
import itertools

_clients = itertools.count()


class TrackingProtocol(asyncio.Protocol):
    def __init__(self, peers={}):  # expect: HL101 refuted
        self.peers = peers

    def connection_made(self, transport):
        self.peer = transport.get_extra_info("peername")
        self.peers[self.peer] = self.transport = transport

    def connection_lost(self, exc):
        self.was_reset = isinstance(exc, OSError)
        self.peers.pop(self.peer, None)


class ChatProtocol(TrackingProtocol):
    def __init__(self, room, **kwargs):
        super().__init__(**kwargs)
        self.room, self.lines = room, []

    def data_received(self, data):
        self.lines.extend(line.decode() for line in data.splitlines() if line)


def scenario():
    n = next(_clients)
    proto = ChatProtocol(room="lobby")
    peer = (f"10.1.{n // 250 % 250}.{n % 250}", 40000 + n % 20000)
    proto.connection_made(asyncio.Transport({"peername": peer}))
    proto.data_received(f"NICK guest{n}\nJOIN lobby\n".encode())
    proto.connection_lost(ConnectionResetError(104, "Connection reset by peer"))
    return proto.lines, proto.was_reset
