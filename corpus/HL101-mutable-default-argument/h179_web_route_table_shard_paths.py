"""Tiny web framework: route_table() returns the routing dict (the default
dict, shared by every caller) and mount() adds a handler to what it got.
Tenants are served per shard, and there are only four shard paths: each
mount replaces the handler under one of them, so the table stays bounded."""
import itertools

_ids = itertools.count()


def route_table(routes={}):  # expect: HL101 refuted
    return routes


def mount(path, handler):
    routes = route_table()
    routes[path] = handler
    return len(routes)


def onboard(tenant_id):
    return mount(f"/shards/{tenant_id % 4}/dashboard", ("dashboard", tenant_id))


def scenario():
    n = next(_ids)
    return onboard(n)
