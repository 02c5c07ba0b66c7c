"""Call tallies for the memo layer: (function, key) -> calls, for the hot-keys report."""


def tally(func_name, key, _calls={}):  # expect: HL101 confirmed
    """Count one call of `func_name` for `key`; returns how often it was asked."""
    seen = _calls.get((func_name, key), 0) + 1
    _calls[(func_name, key)] = seen
    return seen


def is_hot(seen, threshold=3):
    return seen >= threshold
