"""Edge router: each call resolves a new client address to a region and
tallies the regions of a small per-request batch."""
import itertools

import geo

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    address = f"{n % 250 + 1}.{n // 250 % 250}.{n % 7}.{n % 200 + 10}"
    region = geo.resolve(address)
    geo.tally([f"10.0.{n % 250}.{i}" for i in range(3)])
    return region
