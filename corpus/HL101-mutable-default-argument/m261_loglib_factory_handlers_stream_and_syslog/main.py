"""Request logging: every request is logged to each configured handler."""
import itertools

from loglib import LogRecord, get_handler

_requests = itertools.count()

HANDLERS = [get_handler(kind) for kind in ("stream", "syslog")]


def scenario():
    n = next(_requests)
    record = LogRecord("web.access", f"req-{n:06d}", f"GET /invoices/{n} 200")
    return [handler.handle(record) for handler in HANDLERS]
