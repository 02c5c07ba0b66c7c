"""Per-endpoint latency limits in milliseconds; endpoints without an override get DEFAULT_MS."""
DEFAULT_MS = 250


def limit_for(endpoint, overrides={}):  # expect: HL101 refuted
    """get only reads the overrides: unknown endpoints fall back to DEFAULT_MS, nothing is stored."""
    return overrides.get(endpoint, DEFAULT_MS)
