"""Structured logging: log_event() forwards its default `tags` list through **fields to _emit(), which rebinds with tags + [...] and never touches the default."""
import itertools


def _emit(name, tags, level="info", **fields):
    tags = tags + [f"event:{name}"]
    return {"event": name, "level": level, "tags": tags[-2:], **fields}


def log_event(name, tags=["app"], **fields):  # expect: HL101 refuted
    return _emit(name, tags=tags, **fields)


def warn(name, **fields):
    return log_event(name, level="warning", **fields)


_events = itertools.count()


def scenario():
    n = next(_events)
    record = warn(f"slow-query-{n}", duration_ms=120 + n % 7, table="orders")
    return record["event"], record["level"]
