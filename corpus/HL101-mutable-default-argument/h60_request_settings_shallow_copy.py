"""Per-request settings for an API SDK: defaults are copied, then the caller's headers are merged in."""
import copy
import itertools
import json

BASE_SETTINGS = {"timeout": 10, "headers": {"Accept": "application/json"}, "hooks": []}


def request_settings(headers, hook=None, base=copy.deepcopy(BASE_SETTINGS)):  # expect: HL101 confirmed
    settings = copy.copy(base)
    settings["headers"].update(headers)
    if hook is not None:
        settings["hooks"].append(hook)
    return settings


def prepare(method, url, payload, trace_id):
    settings = request_settings({"X-Trace-Id": trace_id, f"X-Req-{trace_id}": "1"})
    return {
        "method": method,
        "url": url,
        "body": json.dumps(payload, sort_keys=True),
        "headers": dict(settings["headers"]),
        "timeout": settings["timeout"],
    }


_calls = itertools.count()


def scenario():
    n = next(_calls)
    req = prepare("POST", f"https://api.example.org/items/{n}", {"n": n}, f"t{n:08x}")
    return len(req["headers"])
