"""Webhook dispatcher: routes() returns the route table of a Router
instance kept as a default, and onboarding a tenant registers a callback
handler under the tenant's own path, then pings it once. routes() hands out
the router's own table dict, so every tenant's path and handler stay in it."""
import itertools

_ids = itertools.count()


class Router:
    def __init__(self):
        self.table = {"/health": lambda payload: "ok"}


def routes(router=Router()):  # expect: HL101 confirmed
    return router.table


def onboard(tenant):
    path = f"/hooks/{tenant}"
    routes()[path] = lambda payload: f"{tenant}:{payload['event']}"
    return routes()[path]({"event": "ping"})


def scenario():
    n = next(_ids)
    return len(onboard(f"tenant{n:06d}"))
