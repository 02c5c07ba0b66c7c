"""Audit log: an `AuditBuffer` collects pending events in the list passed as
`pending` (exposed through a property) and `flush()` writes them to its sink.
Each request records its events through the property and flushes at the
end; flush empties the stored list with `.clear()`, and since that list is
the default one, the default is emptied too and never grows."""
import io
import itertools

_requests = itertools.count()


class AuditBuffer:
    def __init__(self, sink, pending=[]):  # expect: HL101 refuted
        self.sink = sink
        self._pending = pending

    @property
    def pending(self):
        return self._pending

    def flush(self):
        self.sink.write("".join(f"{event}\n" for event in self._pending))
        self._pending.clear()


def handle_request(request_id, user):
    out = io.StringIO()
    audit = AuditBuffer(out)
    audit.pending.append(f"{request_id} login user={user}")
    audit.pending.append(f"{request_id} view dashboard user={user}")
    audit.flush()
    return len(out.getvalue())


def scenario():
    n = next(_requests)
    return handle_request(f"req-{n:06d}", f"user{n}")
