from .lookup import resolve


def tally(addresses):
    """Count regions for one request's addresses, memoised per request only."""
    local = {}
    counts = {}
    for address in addresses:
        region = resolve(address, local)
        counts[region] = counts.get(region, 0) + 1
    return counts
