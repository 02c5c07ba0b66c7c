"""API responses: json.dumps falls back to a hook for values it cannot encode."""
import datetime
import itertools
import json


# heaplint-todo: json.dumps(default=...) calls the hook for values it cannot encode; which values reach it is not decided (heaplint: unknown)
def _encode_extra(value, _kinds={}):  # expect: HL101 confirmed
    if isinstance(value, datetime.datetime):
        _kinds[value] = "datetime"
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def respond(event_id, when):
    body = {"id": event_id, "at": when, "ok": True}
    return json.dumps(body, default=_encode_extra, sort_keys=True)


_BASE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return respond(n, _BASE + datetime.timedelta(seconds=n))
