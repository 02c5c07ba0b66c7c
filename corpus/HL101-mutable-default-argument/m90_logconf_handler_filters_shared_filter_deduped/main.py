"""Billing worker: each tenant it serves gets a freshly configured logger."""
import itertools

import logconf

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    log = logconf.configure_logger(f"tenant{n}.billing", "INFO")
    log.info("invoice %d sent", n)
    log.info("GET /healthz from lb-%d", n)
    log.warning("card for invoice %d expires soon", n)
    return [len(handler.buffer) for handler in log.handlers]
