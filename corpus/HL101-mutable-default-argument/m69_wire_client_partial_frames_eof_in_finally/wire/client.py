"""Client: reads the connection in chunks of whatever size the network delivers."""
import itertools

from . import server
from .framing import unframe

_conn_ids = itertools.count(1)


class Client:
    def __init__(self, chunk_sizes):
        self.conn_id = next(_conn_ids)
        self.chunk_sizes = chunk_sizes

    def _receive(self, data):
        pos, sizes = 0, itertools.cycle(self.chunk_sizes)
        while pos < len(data):
            step = next(sizes)
            yield data[pos:pos + step]
            pos += step

    def call(self, request):
        """Send `request`, return the first reply payload and hang up."""
        try:
            for chunk in self._receive(server.respond(request)):
                for payload in unframe(self.conn_id, chunk):
                    return payload
            return None
        finally:
            unframe(self.conn_id, b"")  # hung up: drop any partial frame
