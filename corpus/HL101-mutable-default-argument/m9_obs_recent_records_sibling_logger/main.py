"""Web app: the recent-records handler backs the admin page's "last events" panel."""
import itertools

import obs
from app import orders

RECENT = obs.install("app.audit")
_requests = itertools.count()


def scenario():
    n = next(_requests)
    return orders.place(f"ord-{n}", f"user{n}", 1000 + n)
