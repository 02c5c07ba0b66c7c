"""Shipping webhook: each shipped order gets a notification e-mail."""
import itertools

import app.notify.mailer as mailer

_shipments = itertools.count(1)


def scenario():
    n = next(_shipments)
    context = {"name": f"Customer {n}", "order": f"SO-{n:06d}", "tracking": f"1Z{n * 7919:012d}"}
    return mailer.compose(f"customer{n}@example.net", context)
