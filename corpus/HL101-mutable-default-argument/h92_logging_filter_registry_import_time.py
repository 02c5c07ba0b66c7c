"""Logging setup: @log_filter registers filter callables per handler name at import; each request runs the audit chain."""
import itertools
import logging
from collections import defaultdict


def log_filter(*handler_names, registry=defaultdict(list)):  # expect: HL101 refuted
    def register(fn):
        for name in handler_names:
            registry[name].append(fn)
        fn.handler_names = handler_names
        return fn
    register.registry = registry
    return register


@log_filter("console", "audit")
def drop_health_checks(record):
    return "/healthz" not in record.getMessage()


@log_filter("audit")
def has_tenant(record):
    return bool(getattr(record, "tenant", None))


AUDIT_CHAIN = tuple(log_filter().registry["audit"])
_requests = itertools.count()


def scenario():
    n = next(_requests)
    record = logging.LogRecord("audit", logging.INFO, __file__, 0, "GET %s", (f"/invoices/{n}",), None)
    record.tenant = f"tenant-{n % 7}"
    return all(check(record) for check in AUDIT_CHAIN)
