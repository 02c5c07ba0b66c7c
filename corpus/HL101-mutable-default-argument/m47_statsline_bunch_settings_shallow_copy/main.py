"""Checkout requests report their latency and basket size as tagged metric lines."""
import itertools

import statsline as stats

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    request_id = f"req-{n:08x}"
    lines = [
        stats.timing("checkout.latency", 12 + n % 40, request_id=request_id),
        stats.gauge("checkout.basket_items", n % 7, request_id=request_id),
    ]
    return "\n".join(lines)
