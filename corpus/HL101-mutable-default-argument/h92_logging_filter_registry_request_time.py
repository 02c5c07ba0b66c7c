"""Logging setup: @log_filter registers filter callables per handler name; tenant filters are built per request."""
import itertools
import logging
from collections import defaultdict


def log_filter(*handler_names, registry=defaultdict(list)):  # expect: HL101 confirmed
    def register(fn):
        for name in handler_names:
            registry[name].append(fn)
        fn.handler_names = handler_names
        return fn
    return register


@log_filter("console", "audit")
def drop_health_checks(record):
    return "/healthz" not in record.getMessage()


def tenant_filter(tenant):
    @log_filter("audit")
    def only_tenant(record):
        return getattr(record, "tenant", tenant) == tenant
    return only_tenant


_requests = itertools.count()


def scenario():
    n = next(_requests)
    record = logging.LogRecord("audit", logging.INFO, __file__, 0, "GET %s", (f"/invoices/{n}",), None)
    record.tenant = f"tenant-{n % 7}"
    keep = tenant_filter(record.tenant)
    return keep(record) and drop_health_checks(record)
