"""Stock reports: every request projects a batch of shipments onto a few columns."""
import itertools

import warehouse.reports.projection as proj
from warehouse.models import Shipment

_requests = itertools.count(1)
_LAYOUTS = (("sku", "qty"), ("id", "sku"), ("id", "sku", "qty"))


def scenario():
    n = next(_requests)
    batch = [Shipment(n * 10 + i, f"SKU-{n}-{i}", i + 1) for i in range(3)]
    source = [s.as_dict() for s in batch]
    return proj.run_report(n, source, _LAYOUTS[n % len(_LAYOUTS)])
