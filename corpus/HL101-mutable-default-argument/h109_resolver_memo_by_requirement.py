"""Resolver: `find_candidates()` is memoized by a small decorator whose store is
a defaultdict default, one memo per wrapped function. The memo key is the whole
requirement string, and every build asks for a new version floor, so each build
adds an entry that no later lookup hits."""
import functools
import itertools
import re
from collections import defaultdict

_builds = itertools.count()
INDEX = {"requests": ["2.30.0", "2.31.0", "2.32.3"], "idna": ["3.6", "3.7"], "urllib3": ["1.26.18", "2.2.1"]}


def memoize(func, _store=defaultdict(dict)):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(requirement):
        memo = _store[func.__qualname__]
        if requirement not in memo:
            memo[requirement] = func(requirement)
        return memo[requirement]
    return wrapper


def _version(text):
    return tuple(int(part) for part in text.split("."))


@memoize
def find_candidates(requirement):
    name, floor = re.fullmatch(r"([a-z0-9_.-]+)>=([0-9.]+)", requirement.lower()).groups()
    return sorted((v for v in INDEX.get(name, ()) if _version(v) >= _version(floor)), key=_version, reverse=True)


def scenario():
    n = next(_builds)
    reqs = ["requests>=2.%d" % (30 + n % 3), "urllib3>=1.26.%d" % n, "idna>=3.%d" % (n % 8)]
    return {req.partition(">=")[0]: find_candidates(req)[:1] for req in reqs}
