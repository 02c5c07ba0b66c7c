"""Edge router: every request is routed to a registered backend service."""
import itertools

import router

_requests = itertools.count()
_backends = ("billing", "catalog", "search")


def scenario():
    n = next(_requests)
    return router.route(_backends[n % 3], f"req-{n:08d}")
