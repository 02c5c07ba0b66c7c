"""Package index client: candidate lookups are memoised by a small decorator
so one resolution does not query the index twice for the same project. The
decorator's cache is a default shared by every decorated function, but it
evicts its oldest entry once it holds `limit`, so it stays bounded."""
import functools
import itertools

_runs = itertools.count()


def memoize(func, cache={}, limit=16):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        try:
            return cache[key]
        except KeyError:
            if len(cache) >= limit:
                cache.pop(next(iter(cache)))
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
