"""Slowest observed duration per (function, first argument), for the latency report."""


def observe(name, key, elapsed, _worst={}):  # expect: HL101 confirmed
    """Record one timing; returns the worst duration seen so far for (name, key)."""
    slot = (name, key)
    if elapsed > _worst.get(slot, -1.0):
        _worst[slot] = elapsed
    return _worst[slot]


def over_budget(worst, budget=0.25):
    return worst > budget
