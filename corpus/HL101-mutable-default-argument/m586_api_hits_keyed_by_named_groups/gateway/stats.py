"""Per-endpoint hit counters for the /metrics page."""


def record_hit(match, _hits={}):  # expect: HL101 refuted
    """Count one matched request line.

    The key is the method and resource groups: the request-line pattern only
    admits a fixed set of each, so the number of counters is bounded.
    """
    key = match.group("method", "resource")
    _hits[key] = _hits.get(key, 0) + 1
    return _hits[key]
