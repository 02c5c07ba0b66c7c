"""Tiny router: URL rules are NamedTuples; a base rule supplies the default middleware chain."""
import itertools
import re
from typing import NamedTuple


class Rule(NamedTuple):
    pattern: str
    endpoint: str
    middlewares: list


def add_rule(table, pattern, endpoint, extra=(),
             base=Rule("", "", ["session", "csrf"])):  # expect: HL101 refuted
    middlewares = list(base.middlewares)
    middlewares.extend(extra)
    rule = base._replace(pattern=pattern, endpoint=endpoint, middlewares=middlewares)
    table[re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")] = rule
    return rule


def dispatch(table, path):
    for regex, rule in table.items():
        m = regex.match(path)
        if m:
            return rule.endpoint, m.groupdict(), len(rule.middlewares)
    return None


_apps = itertools.count()


def scenario():
    n = next(_apps)
    table = {}
    add_rule(table, "/users/<uid>", "users.show", extra=(f"ratelimit:{n}/min",))
    return dispatch(table, f"/users/{n}")
