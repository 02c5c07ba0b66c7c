"""Audit log encoder: encode_event() lazily imports encode_key() from the
optional `fastjson` accelerator and, when it is not installed, falls back to
json.dumps as the key encoder. Whichever encoder is used, each escaped key is
memoised in the `_escaped={}` default; audit events carry a per-request
trace key, so the default gains one entry per event (here on the stdlib
fallback, since fastjson is absent)."""
import itertools
import json

_events = itertools.count()


def encode_event(event, _escaped={}):  # expect: HL101 confirmed
    try:
        from fastjson import encode_key
    except ImportError:
        encode_key = json.dumps
    parts = []
    for key, value in event.items():
        if key not in _escaped:
            _escaped[key] = encode_key(key)
        parts.append(f"{_escaped[key]}:{json.dumps(value)}")
    return "{" + ",".join(parts) + "}"


def scenario():
    n = next(_events)
    return encode_event({"kind": "login", f"trace-{n:08x}": n, "user": f"u{n % 50}"})
