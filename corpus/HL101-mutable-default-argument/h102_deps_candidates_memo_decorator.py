"""Package index client: candidate lookups are memoised by a small decorator
so one resolution does not query the index twice for the same project. The
decorator's cache is a default argument shared by every decorated function
and keyed by all call arguments; each resolution asks about new projects,
so the cache only grows."""
import functools
import itertools

_runs = itertools.count()


def memoize(func, cache={}):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        try:
            return cache[key]
        except KeyError:
            result = cache[key] = func(*args)
            return result
    return wrapper


@memoize
def candidates(name, index_url):
    return tuple("%s-%d.%d" % (name, major, minor) for major in (1, 2) for minor in range(3))


def pick(requirements, index_url="https://index.example/simple"):
    chosen = {}
    for name in requirements:
        versions = candidates(name, index_url)
        chosen[name] = max(versions, key=lambda v: tuple(map(int, v.rsplit("-", 1)[1].split("."))))
    return chosen


def scenario():
    n = next(_runs)
    return pick(["lib%d" % n, "lib%d-extras" % n, "six"])
