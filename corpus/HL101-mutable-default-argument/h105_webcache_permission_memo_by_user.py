"""Memoized permission checks: `memoize_check` wraps the policy lookup and
caches each answer keyed by (user id, permission). The answer only depends
on the role, but the key is the user id, so the memo behind the decorator's
default grows with every user who makes a request."""
import functools
import itertools

_users = itertools.count()

ROLE_GRANTS = {"viewer": {"read"}, "editor": {"read", "write"}, "admin": {"read", "write", "delete"}}


def memoize_check(policy, memo={}):  # expect: HL101 confirmed
    @functools.wraps(policy)
    def check(user, perm):
        key = (user["id"], perm)
        if key not in memo:
            memo[key] = policy(user, perm)
        return memo[key]
    return check


@memoize_check
def has_permission(user, perm):
    if isinstance(perm, (tuple, frozenset)):
        return all(has_permission(user, p) for p in perm)
    return perm in ROLE_GRANTS.get(user["role"], ())


def scenario():
    n = next(_users)
    user = {"id": n, "role": ("viewer", "editor", "admin")[n % 3]}
    return has_permission(user, ("read", "write")), has_permission(user, "delete")
