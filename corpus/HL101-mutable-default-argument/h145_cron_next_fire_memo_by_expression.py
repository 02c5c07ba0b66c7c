"""Cron-style scheduler: `memoize` caches results in a dict default shared
by every function it decorates. `next_fire` depends only on the minute
expression and the scheduler tick (which cycles through the hour), so the
job name stays out of the call and the cache holds at most one entry per
expression and tick, however many jobs are scheduled."""
import functools
import itertools
from datetime import datetime, timedelta

_jobs = itertools.count()
EXPRESSIONS = ("*/5", "*/15", "0", "30")


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoize(fn, _cache={}):  # expect: HL101 refuted
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        if key not in _cache:
            _cache[key] = fn(*args)
        return _cache[key]
    return wrapper


@memoize
def next_fire(minute_expr, after):
    step = int(minute_expr[2:]) if minute_expr.startswith("*/") else 60
    offset = 0 if step < 60 else int(minute_expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    while (t.minute - offset) % step:
        t += timedelta(minutes=1)
    return t


def scenario():
    n = next(_jobs)
    tick = datetime(2024, 3, 1, 8, 0) + timedelta(minutes=5 * (n % 12))
    fire = next_fire(EXPRESSIONS[n % 4], tick)
    return "job-%d fires at %s" % (n, fire.isoformat())
