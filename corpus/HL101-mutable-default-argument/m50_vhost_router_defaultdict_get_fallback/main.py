"""Multi-tenant front end: each request arrives on one shop's own subdomain."""
import itertools

import webhost
import webhost.sites

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    if n % 5 == 0:
        return webhost.dispatch("Admin.Shop.Example", {"path": "/orders", "user": f"staff{n % 3}"})
    request = {"path": f"/products/{n % 40}", "user": f"visitor{n}"}
    return webhost.dispatch(f"tenant{n}.shop.example", request)
