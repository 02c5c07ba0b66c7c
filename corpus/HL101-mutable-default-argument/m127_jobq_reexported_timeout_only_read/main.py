"""Order service: each call submits one fulfilment job with the default timeout."""
import itertools

import jobq

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    job = jobq.submit(f"job-{n:07d}", {"order": n, "sku": f"SKU-{n % 97}"}, owner=f"store-{n % 3}")
    return job["deadline"], job["priority"]
