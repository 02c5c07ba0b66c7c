"""Webhook dispatcher: routes() returns the route table of a Router
instance kept as a default, and verifying a tenant's callback registers a
temporary handler under the tenant's own path, pings it once and pops it
again. routes() hands out the router's own table, but each path is removed
before verify() returns, so the table keeps only /health."""
import itertools

_ids = itertools.count()


class Router:
    def __init__(self):
        self.table = {"/health": lambda payload: "ok"}


def routes(router=Router()):  # expect: HL101 refuted
    return router.table


def verify(tenant):
    path = f"/hooks/{tenant}"
    routes()[path] = lambda payload: f"{tenant}:{payload['event']}"
    return routes().pop(path)({"event": "ping"})


def scenario():
    n = next(_ids)
    return len(verify(f"tenant{n:06d}"))
