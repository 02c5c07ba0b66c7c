"""Auth handlers: `inject` binds services and settings into a handler with functools.partial.

`record_login` keeps its audit trail in the `trail` default and trims it to `limit` entries;
the decorator binds `clock` and `limit=20`, so the trail keeps the last 20 logins.
"""
import functools
import itertools


def inject(**bound):
    def decorate(func):
        return functools.update_wrapper(functools.partial(func, **bound), func)
    return decorate


class TickClock:
    def __init__(self):
        self.ticks = 0

    def __call__(self):
        self.ticks += 1
        return self.ticks


@inject(clock=TickClock(), limit=20)
# heaplint-todo: outside callers of the wrapper may pass limit=None, which grows the trail; heaplint does not take the module's bound limit as the only use (heaplint: unknown)
def record_login(user, ip, *, clock, limit=None, trail=[]):  # expect: HL101 refuted
    entry = (clock(), user, ip)
    trail.append(entry)
    if limit:
        del trail[:-limit]
    return entry, len(trail)


_logins = itertools.count()


def scenario():
    n = next(_logins)
    return record_login(f"user{n % 50}", f"203.0.113.{n % 256}")
