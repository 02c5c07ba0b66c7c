"""Shop front: one checkout quote per call, for a new guest session."""
import itertools

import billing

_ids = itertools.count()


def scenario():
    n = next(_ids)
    items = [("MUG", 1 + n % 3), ("TEE", 1), (f"WRAP-{n:05d}", 1)]
    return billing.quote(f"sess-{n}", items)
