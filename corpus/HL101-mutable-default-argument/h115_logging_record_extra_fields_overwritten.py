"""Structured logging helper: `build_record` merges the caller's keyword
fields into an `extra` dict (default: a shared `{}`) and `log_event` forwards
its `**kwargs` to it. Every field, tags included, is written under a fixed key
(`extra["tags"] = sorted(...)` replaces the previous event's tags), so the
shared default only ever holds the last event's values."""
import itertools
import json

_events = itertools.count()


def build_record(message, level="INFO", extra={}, **fields):  # expect: HL101 refuted
    tags = fields.pop("tags", ())
    extra.update(fields)
    extra["tags"] = sorted(set(tags))
    return {"level": level, "msg": message, **extra}


def log_event(message, **kwargs):
    record = build_record(message, **kwargs)
    return json.dumps(record, sort_keys=True, default=str)


def scenario():
    n = next(_events)
    carrier = "dhl" if n % 2 else "ups"
    return log_event(f"order {n} shipped", level="INFO", order_id=n, carrier=carrier,
                     tags=[f"order:{n}", f"carrier:{carrier}"])
