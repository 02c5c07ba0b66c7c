"""Cron-style scheduler: `memoize` caches results in a dict default shared
by every function it decorates. `next_fire` takes the job name as its first
argument, so the cache key includes it, and every deployment registers jobs
under fresh names: the cache gains an entry per job and never forgets one."""
import functools
import itertools
from datetime import datetime, timedelta

_jobs = itertools.count()
EXPRESSIONS = ("*/5", "*/15", "0", "30")


def memoize(fn, _cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        if key not in _cache:
            _cache[key] = fn(*args)
        return _cache[key]
    return wrapper


@memoize
def next_fire(job_name, minute_expr, after):
    step = int(minute_expr[2:]) if minute_expr.startswith("*/") else 60
    offset = 0 if step < 60 else int(minute_expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    while (t.minute - offset) % step:
        t += timedelta(minutes=1)
    return t


def scenario():
    n = next(_jobs)
    tick = datetime(2024, 3, 1, 8, 0) + timedelta(minutes=5 * (n % 12))
    fire = next_fire("job-%d" % n, EXPRESSIONS[n % 4], tick)
    return "job-%d fires at %s" % (n, fire.isoformat())
