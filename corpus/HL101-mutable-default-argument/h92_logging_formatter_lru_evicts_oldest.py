"""Logging setup: formatters are memoised by (fmt, datefmt) in an OrderedDict capped at MAX_FORMATTERS; request logs bake the request id into fmt."""
import functools
import itertools
import logging
from collections import OrderedDict

MAX_FORMATTERS = 16


def formatter_for(fmt, datefmt="%Y-%m-%dT%H:%M:%S", style="%", _cache=OrderedDict()):  # expect: HL101 refuted
    key = (fmt, datefmt, style)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    formatter = _cache[key] = logging.Formatter(fmt, datefmt, style)
    while len(_cache) > MAX_FORMATTERS:
        _cache.popitem(last=False)
    return formatter


request_formatter = functools.partial(formatter_for, datefmt=None, style="{")
_requests = itertools.count()


def scenario():
    n = next(_requests)
    fmt = f"{{levelname}} [req-{n:08x}] {{name}}: {{message}}"
    record = logging.LogRecord("api.orders", logging.INFO, __file__, 42, "created order %s", (f"ORD-{n}",), None)
    return request_formatter(fmt).format(record)
