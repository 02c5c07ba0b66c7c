"""Span exporter: finished spans wait in a default list until a batch is shipped."""
import time


def enqueue(span, pending=[]):  # expect: HL101 confirmed
    pending.append(span)
    return len(pending)


def span_dict(name, trace_id, started, finished):
    return {
        "name": name,
        "trace_id": trace_id,
        "duration_ms": round((finished - started) * 1000, 3),
        "exported_at": time.monotonic(),
    }
