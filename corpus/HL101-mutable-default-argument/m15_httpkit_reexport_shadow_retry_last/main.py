import itertools

import httpkit

_ids = itertools.count()


def scenario():
    n = next(_ids)
    response = httpkit.send("GET", f"https://api.example.com/orders/{n}", timeout=2.0)
    return response["status"]
