"""Per-endpoint hit counters for the /metrics page."""


def record_hit(match, _hits={}):  # expect: HL101 confirmed
    """Count one matched request line.

    The key is match.groups(): method, resource and the numeric id, so every
    order id that is requested gets a counter of its own.
    """
    key = match.groups()
    _hits[key] = _hits.get(key, 0) + 1
    return _hits[key]
