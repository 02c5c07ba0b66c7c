"""Request-scoped logging: get_logger() memoises one LoggerAdapter per name in a default dict.

The request handler asks for a logger named after the tenant and request id, so every request
adds a new name and a new adapter to the shared `_cache` default, which grows per call.
"""
import itertools
import logging

_ids = itertools.count()

_BASE = logging.getLogger("h46.service")
_BASE.addHandler(logging.NullHandler())
_BASE.propagate = False
_BASE.setLevel(logging.WARNING)


def get_logger(name, _cache={}):  # expect: HL101 confirmed
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
    log = get_logger("tenant.%s.req%d" % (tenant, request_id))
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
