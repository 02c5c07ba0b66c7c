"""Tracing spans for an RPC server: `Span` uses `__slots__` to stay small,
and its constructor keeps the `tags` default dict as the span's tag map.
The server tags each span with a per-call key (`peer.<rpc id>`), so the
shared default dict gains a key per call and keeps every peer address."""
import itertools

_rpcs = itertools.count()


class Span:
    __slots__ = ("name", "tags", "duration")

    def __init__(self, name, tags={}):  # expect: HL101 confirmed
        self.name = name
        self.tags = tags
        self.duration = 0.0

    def set_tag(self, key, value):
        self.tags[key] = value

    def finish(self, duration):
        self.duration = duration
        return "%s %.3f" % (self.name, duration)


def serve(rpc_id, peer):
    span = Span("rpc.call")
    span.set_tag("peer.%d" % rpc_id, peer)
    return span.finish(rpc_id * 0.001)


def scenario():
    n = next(_rpcs)
    return serve(n, "10.0.%d.%d" % (n // 256 % 256, n % 256))
