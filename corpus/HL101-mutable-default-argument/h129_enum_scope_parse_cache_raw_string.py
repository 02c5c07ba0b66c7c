"""Auth scopes for an API gateway: `Scope` is an `enum.Flag` and tokens carry
scope strings such as "repo:1234:read,write". `Scope.parse` delegates to a
helper that memoizes on the whole raw string, resource id included, so every
new resource a token names adds an entry to the default dict."""
import enum
import functools
import itertools
import operator
from typing import Tuple

_tokens = itertools.count()


class Scope(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    ADMIN = enum.auto()

    @classmethod
    def parse(cls, raw: str) -> Tuple[str, "Scope"]:
        return _parse_scope(raw)


def _parse_scope(raw, _cache={}):  # expect: HL101 confirmed
    if raw in _cache:
        return _cache[raw]
    resource, _, actions = raw.rpartition(":")
    flags = [Scope[name.strip().upper()] for name in actions.split(",") if name.strip()]
    parsed = _cache[raw] = (resource, functools.reduce(operator.or_, flags, Scope(0)))
    return parsed


def scenario():
    n = next(_tokens)
    resource, scope = Scope.parse("repo:%d:%s" % (n, ("read", "read,write", "admin")[n % 3]))
    return resource, Scope.WRITE in scope
