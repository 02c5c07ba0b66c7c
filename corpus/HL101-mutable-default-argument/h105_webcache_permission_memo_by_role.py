"""Memoized permission checks: `memoize_check` wraps the policy lookup and
caches each answer keyed by (role, permission), since the answer only
depends on the role. There are three roles and a handful of permissions, so
the memo behind the decorator's default fills once and stops growing."""
import functools
import itertools

_users = itertools.count()

ROLE_GRANTS = {"viewer": {"read"}, "editor": {"read", "write"}, "admin": {"read", "write", "delete"}}


# heaplint-todo: called with new arguments as outside code would call it, check grows it; but this application uses check as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoize_check(policy, memo={}):  # expect: HL101 refuted
    @functools.wraps(policy)
    def check(user, perm):
        key = (user["role"], perm)
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
