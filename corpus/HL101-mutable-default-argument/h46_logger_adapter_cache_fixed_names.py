"""Request-scoped logging: get_logger() memoises one LoggerAdapter per name in a default dict.

The request handler asks for a logger named after its module-level component (one of a fixed
set, like `__name__`), so the shared `_cache` default fills once with four adapters and stays.
"""
import itertools
import logging

_ids = itertools.count()

_BASE = logging.getLogger("h46.service")
_BASE.addHandler(logging.NullHandler())
_BASE.propagate = False
_BASE.setLevel(logging.WARNING)

_COMPONENTS = ("orders.api", "orders.parse", "orders.store", "orders.audit")


def get_logger(name, _cache={}):  # expect: HL101 refuted
    """Return the adapter for `name`, creating it on first use."""
    adapter = _cache.get(name)
    if adapter is None:
        adapter = logging.LoggerAdapter(_BASE, {"component": name})
        _cache[name] = adapter
    return adapter


def _parse(body):
    key, _, value = body.partition("=")
    return {key.strip(): value.strip()}


def handle_request(tenant, request_id, body):
    log = get_logger(_COMPONENTS[request_id % len(_COMPONENTS)])
    log.debug("received %d bytes", len(body))
    try:
        parsed = _parse(body)
    except ValueError:
        log.warning("malformed body")
        raise
    log.debug("parsed %d fields", len(parsed))
    return {"tenant": tenant, "request": request_id, "fields": parsed}


def scenario():
    n = next(_ids)
    return handle_request("acme", n, "order=%d" % (n * 7))
