"""Auth scopes for an API gateway: `Scope` is an `enum.Flag` and tokens carry
scope strings such as "repo:1234:read,write". `Scope.parse` splits off the
resource itself and memoizes only the action list, of which there are a few
combinations, so the default dict stops growing once they have been seen."""
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
        resource, _, actions = raw.rpartition(":")
        return resource, _parse_actions(actions)


def _parse_actions(actions, _cache={}):  # expect: HL101 refuted
    try:
        return _cache[actions]
    except KeyError:
        flags = [Scope[name.strip().upper()] for name in actions.split(",") if name.strip()]
        value = _cache[actions] = functools.reduce(operator.or_, flags, Scope(0))
        return value


def scenario():
    n = next(_tokens)
    resource, scope = Scope.parse("repo:%d:%s" % (n, ("read", "read,write", "admin")[n % 3]))
    return resource, Scope.WRITE in scope
