"""HTTP client helper: `build_request()` merges a page cursor into default
request options before a paginated GET. `{**defaults}` copies only the top
level; the "params" list inside is still the default's, so every call's
cursor is appended to the default options and kept there."""
import itertools
from urllib.parse import urlencode

_cursors = itertools.count()


def build_request(path, cursor, defaults={"method": "GET", "timeout": 5.0, "params": [("format", "json")]}):  # expect: HL101 confirmed
    opts = {**defaults}
    opts["params"].append(("cursor", cursor))
    opts["url"] = f"https://api.example.com{path}?{urlencode(opts['params'][:2])}"
    return opts


def scenario():
    n = next(_cursors)
    opts = build_request(f"/v2/orders/{n % 11}/events", f"c{n:08d}-{n * 7919:x}")
    return len(opts["url"])
