"""Audit log encoder: encode_event() lazily imports encode_key() from the
optional `fastjson` accelerator. Only with fastjson are escaped keys memoised
in the `_escaped={}` default; without it (plain CPython, where the import
fails) the ImportError branch hands the whole event to json.dumps and
returns, so the per-request trace keys never reach the default."""
import itertools
import json

_events = itertools.count()


# heaplint-todo: the default grows on the path where the optional fastjson is installed; which way runs is decided where the code runs (heaplint: unknown)
def encode_event(event, _escaped={}):  # expect: HL101 refuted
    try:
        from fastjson import encode_key
    except ImportError:
        return json.dumps(event, separators=(",", ":"))
    parts = []
    for key, value in event.items():
        if key not in _escaped:
            _escaped[key] = encode_key(key)
        parts.append(f"{_escaped[key]}:{json.dumps(value)}")
    return "{" + ",".join(parts) + "}"


def scenario():
    n = next(_events)
    return encode_event({"kind": "login", f"trace-{n:08x}": n, "user": f"u{n % 50}"})
