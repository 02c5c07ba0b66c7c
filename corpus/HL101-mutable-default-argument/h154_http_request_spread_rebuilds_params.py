"""HTTP client helper: `build_request()` merges a page cursor into default
request options before a paginated GET. The options are copied with
`{**defaults, "params": [*defaults["params"]]}`, which also rebuilds the
nested "params" list, so the cursor goes into a per-call list only."""
import itertools
from urllib.parse import urlencode

_cursors = itertools.count()


def build_request(path, cursor, defaults={"method": "GET", "timeout": 5.0, "params": [("format", "json")]}):  # expect: HL101 refuted
    opts = {**defaults, "params": [*defaults["params"]]}
    opts["params"].append(("cursor", cursor))
    opts["url"] = f"https://api.example.com{path}?{urlencode(opts['params'][:2])}"
    return opts


def scenario():
    n = next(_cursors)
    opts = build_request(f"/v2/orders/{n % 11}/events", f"c{n:08d}-{n * 7919:x}")
    return len(opts["url"])
