import itertools

import httpkit

_counter = itertools.count()
_session = httpkit.Session(retry=httpkit.RetryPolicy(total=2))


def scenario():
    n = next(_counter)
    resp = _session.get(f"https://tenant{n}.api.example.com/v1/items/{n}")
    return resp["status"], resp["conn"]
