"""Audit log writer: entries recorded inside a with-block are flushed to the sink as one batch."""
import contextlib
import itertools
import json


class AuditSink:
    def __init__(self):
        self.batches = 0
        self.last_payload = ""

    def write(self, payload):
        self.batches += 1
        self.last_payload = payload


@contextlib.contextmanager
def audit_batch(sink, pending=[]):  # expect: HL101 refuted
    try:
        yield pending
        sink.write(json.dumps(pending, sort_keys=True))
    finally:
        pending.clear()


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    sink = AuditSink()
    with audit_batch(sink) as entries:
        entries.append({"user": n, "action": "login"})
        entries.append({"user": n, "action": "view", "path": f"/docs/{n}"})
    return sink.batches
