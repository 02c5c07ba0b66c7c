"""Memo helpers shared by the geo backends.

Backends keep their own memo tables and store results through remember().
"""


def remember(memo, key, value, fallback=(0.0, 0.0)):
    """Store a successful lookup; misses are not stored so they are retried."""
    if value is None:
        return fallback
    memo[key] = value
    return value
