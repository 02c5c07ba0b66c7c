"""Tiny web framework: route_table() returns the routing dict (the default
dict, shared by every caller) and mount() adds a handler to what it got.
Each onboarded tenant mounts its own dashboard path, so the table gains a
key per call and keeps it."""
import itertools

_ids = itertools.count()


def route_table(routes={}):  # expect: HL101 confirmed
    return routes


def mount(path, handler):
    routes = route_table()
    routes[path] = handler
    return len(routes)


def onboard(tenant_id):
    return mount(f"/tenants/{tenant_id}/dashboard", ("dashboard", tenant_id))


def scenario():
    n = next(_ids)
    return onboard(n)
