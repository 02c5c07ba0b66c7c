"""Request tracing: @traced gathers the log lines of one call and emits one record."""
import collections
import functools

RECORDS = collections.deque(maxlen=20)


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, _lines=[], **kwargs):  # expect: HL101 confirmed
        _lines.append(f"-> {fn.__qualname__}{args[1:]}")
        try:
            result = fn(*args, log=_lines.append, **kwargs)
            _lines.append(f"<- {result[0]}")
            return result
        finally:
            RECORDS.append(" | ".join(_lines))

    return wrapper
