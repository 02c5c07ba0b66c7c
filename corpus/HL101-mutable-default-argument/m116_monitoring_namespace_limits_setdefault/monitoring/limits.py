"""Per-endpoint latency limits in milliseconds; endpoints without an override get DEFAULT_MS."""
DEFAULT_MS = 250


def limit_for(endpoint, overrides={}):  # expect: HL101 confirmed
    """setdefault stores DEFAULT_MS under every endpoint it is asked about."""
    return overrides.setdefault(endpoint, DEFAULT_MS)
