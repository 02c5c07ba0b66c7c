import time


def count(name, amount=1, _seen=[]):  # expect: HL101 refuted
    """Record a counter bump; `_seen` keeps every bump for the /debug/metrics page."""
    _seen.append((name, amount, time.monotonic_ns()))
    return sum(a for n, a, _ in _seen if n == name)


def snapshot(_seen=count.__defaults__[1]):
    totals = {}
    for name, amount, _ in _seen:
        totals[name] = totals.get(name, 0) + amount
    return totals
