"""API client: each call is signed, timed and sent through a fake transport."""
import itertools

import httpkit
from plugins import *

_calls = itertools.count()


def scenario():
    n = next(_calls)
    timings = []
    request = httpkit.build_request("GET", f"https://api.example/orders/{n}")
    sign(request, f"token-{n}")
    instrument(request, timings)
    response = httpkit.send(request)
    return response["status"], len(timings)
