"""Web worker: each request records its timings, then the exporters run."""
import itertools

import monitor
from monitor import transport

EXPORTERS = [monitor.TextExporter(), monitor.PushExporter(transport.send)]
_requests = itertools.count()


def scenario():
    n = next(_requests)
    monitor.record("http_request_ms", 12.5 + n)
    monitor.record(f"http_requests_total{{path=/orders/{n}}}", 1)
    return [exporter.export() for exporter in EXPORTERS]
