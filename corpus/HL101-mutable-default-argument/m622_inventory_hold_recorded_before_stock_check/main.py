"""Storefront: each call is a bulk order for a new keyboard variant that
exceeds stock (so it is backordered), plus a small bulk-import of holds."""
import itertools

import inventory

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    ticket = inventory.reserve(f"KB-{n:06d}-US", 60 + n % 10)
    inventory.import_holds([(f"MS-{n:06d}", 2), (f"HD-{n:06d}", 1)])
    return ticket
