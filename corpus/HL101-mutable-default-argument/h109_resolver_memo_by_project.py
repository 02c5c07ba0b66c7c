"""Resolver: a decorator with a defaultdict default memoizes `project_versions()`
by canonical project name only; each build's version floor is applied outside
the memo, so the store keeps one entry per project in the index."""
import functools
import itertools
import re
from collections import defaultdict

_builds = itertools.count()
INDEX = {"requests": ["2.30.0", "2.31.0", "2.32.3"], "idna": ["3.6", "3.7"], "urllib3": ["1.26.18", "2.2.1"]}


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoize(func, _store=defaultdict(dict)):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(name):
        memo = _store[func.__qualname__]
        if name not in memo:
            memo[name] = func(name)
        return memo[name]
    return wrapper


def _version(text):
    return tuple(int(part) for part in text.split("."))


@memoize
def project_versions(name):
    return sorted(INDEX.get(name, ()), key=_version, reverse=True)


def find_candidates(requirement):
    name, floor = re.fullmatch(r"([a-z0-9_.-]+)>=([0-9.]+)", requirement.lower()).groups()
    return [v for v in project_versions(name) if _version(v) >= _version(floor)]


def scenario():
    n = next(_builds)
    reqs = ["requests>=2.%d" % (30 + n % 3), "urllib3>=1.26.%d" % n, "idna>=3.%d" % (n % 8)]
    return {req.partition(">=")[0]: find_candidates(req)[:1] for req in reqs}
