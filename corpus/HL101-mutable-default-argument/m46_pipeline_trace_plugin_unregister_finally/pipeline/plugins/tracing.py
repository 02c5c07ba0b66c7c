"""Request tracing: collects the pipeline spans of one request."""
import contextlib

import pipeline.registry


@contextlib.contextmanager
def traced(request_id):
    key = f"50-trace-{request_id}"
    spans = []

    def record(request):
        spans.append(("pipeline", request["path"]))
        return request

    pipeline.registry.register(key, record)
    try:
        yield spans
    finally:
        pipeline.registry.unregister(key)
