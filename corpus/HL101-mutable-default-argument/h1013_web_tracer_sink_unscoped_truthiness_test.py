"""Request tracing: handle() records a span for the requested path. Spans go
into the options mapping unless their "scoped" entry is missing or false, in
which case the sink is rebound to a fresh per-request mapping."""
import itertools

_requests = itertools.count(1)


class _Tracer:
    def __init__(self, sink):
        self.sink = sink

    def span(self, path):
        self.sink.setdefault("spans", []).append(path)
        return len(self.sink["spans"])


def handle(req_id, path, options={"scoped": False}):  # expect: HL101 refuted
    sink = options
    scoped = options.get("scoped")
    if not scoped:
        sink = {"request": req_id}
    depth = _Tracer(sink).span(path)
    return f"{req_id} {path} 200 depth={depth}"


def scenario():
    n = next(_requests)
    return handle(f"req-{n}", f"/api/items/{n}")
