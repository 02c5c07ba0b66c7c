"""Buffering log handler that ships records to a sink in batches."""
import itertools

_ids = itertools.count()


class BufferingHandler:
    def __init__(self, sink, capacity=8, buffer=[]):  # expect: HL101 refuted
        self.sink = sink
        self.capacity = capacity
        self.buffer = buffer

    def emit(self, record):
        self.buffer.append(record)
        if len(self.buffer) >= self.capacity:
            self.flush()

    def flush(self):
        if self.buffer:
            self.sink.append("\n".join(self.buffer))
            del self.buffer[:]

    def close(self):
        self.flush()
        self.sink = None


def handle_request(handler, request_id, path):
    handler.emit("INFO start %s id=%d" % (path, request_id))
    if path.endswith("/slow"):
        handler.emit("WARNING slow request id=%d" % request_id)
    handler.emit("INFO done id=%d" % request_id)


def scenario():
    n = next(_ids)
    handler = BufferingHandler(sink=[])
    path = "/reports/%d/slow" % n if n % 3 == 0 else "/reports/%d" % n
    handle_request(handler, n, path)
    handler.close()
