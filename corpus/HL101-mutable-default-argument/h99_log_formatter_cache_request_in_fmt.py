"""Access-log rendering: building a logging.Formatter parses and validates
its format string, so formatters are cached in a dict default keyed by the
format. The request id is pasted into the format string itself, so every
request compiles and caches a formatter that is never used again."""
import itertools
import logging


def formatter_for(fmt, datefmt=None, style="%", _compiled={}):  # expect: HL101 confirmed
    key = (fmt, datefmt, style)
    formatter = _compiled.get(key)
    if formatter is None:
        formatter = _compiled[key] = logging.Formatter(fmt, datefmt, style)
    return formatter


def render(request_id, status, path):
    record = logging.makeLogRecord(
        {"name": "web.access", "levelno": logging.INFO, "levelname": "INFO",
         "msg": "%s %d", "args": (path, status)}
    )
    fmt = "%(levelname)s [req " + request_id + "] %(name)s: %(message)s"
    return formatter_for(fmt).format(record)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render("%08x" % (n * 2246822519 % 2**32), 200 + n % 3, "/api/items/%d" % n)
