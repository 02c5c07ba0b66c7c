"""Admin API: each request attaches an audit handler; handlers made without sinks all emit into the default list."""
import itertools
import logging


class AuditHandler(logging.Handler):
    def __init__(self, level=logging.INFO, sinks=[]):  # expect: HL101 confirmed
        super().__init__(level)
        self.sinks = sinks

    def emit(self, record):
        self.sinks.append(self.format(record))


audit_log = logging.getLogger("admin.audit")
audit_log.propagate = False
audit_log.setLevel(logging.INFO)


def handle_request(user, action):
    handler = AuditHandler()
    audit_log.addHandler(handler)
    try:
        audit_log.info("%s performed %s", user, action)
    finally:
        audit_log.removeHandler(handler)
    return len(handler.sinks)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle_request(f"admin-{n}", f"delete-user-{n}")
