"""Opens peer connections with the standard message guards attached."""
from .emitter import Emitter
from .guards import check_message


class Connection(Emitter):
    def __init__(self, peer):
        super().__init__()
        self.peer = peer
        self.delivered = 0

    def receive(self, payload):
        self.emit("data", payload)
        self.delivered += 1


def open_connection(peer, known_ids=set()):  # expect: HL101 refuted
    conn = Connection(peer)
    conn.on("data", check_message, known_ids)
    return conn
