"""SDK request builder: a low-level _request() keeps query parameters as a list
of (name, value) pairs so repeated names survive; the public verbs are
functools.partial objects over it and keyword filters are forwarded through
**filters. A new list is unpacked from the params default plus the filters."""
import functools
import itertools
from urllib.parse import urlencode

_ids = itertools.count()


def _request(method, path, params=[], **filters):  # expect: HL101 refuted
    params = [*params, *sorted(filters.items())]
    query = urlencode(params)
    return f"{method} {path}?{query}" if query else f"{method} {path}"


get = functools.partial(_request, "GET")
delete = functools.partial(_request, "DELETE")


def list_instances(state, tag):
    return get("/v2/instances", state=state, tag=tag, limit=100)


def scenario():
    n = next(_ids)
    line = list_instances("running", f"owner:{n}")
    delete(f"/v2/instances/i-{n:06x}")
    return len(line)
