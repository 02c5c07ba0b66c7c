"""Access-log rendering: building a logging.Formatter parses and validates
its format string, so formatters are cached in a dict default keyed by the
format. The request id travels as a record attribute named in a fixed
format, so one cached formatter serves every request."""
import itertools
import logging


def formatter_for(fmt, datefmt=None, style="%", _compiled={}):  # expect: HL101 refuted
    key = (fmt, datefmt, style)
    formatter = _compiled.get(key)
    if formatter is None:
        formatter = _compiled[key] = logging.Formatter(fmt, datefmt, style)
    return formatter


def render(request_id, status, path):
    record = logging.makeLogRecord(
        {"name": "web.access", "levelno": logging.INFO, "levelname": "INFO",
         "msg": "%s %d", "args": (path, status), "request_id": request_id}
    )
    fmt = "%(levelname)s [req %(request_id)s] %(name)s: %(message)s"
    return formatter_for(fmt).format(record)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render("%08x" % (n * 2246822519 % 2**32), 200 + n % 3, "/api/items/%d" % n)
