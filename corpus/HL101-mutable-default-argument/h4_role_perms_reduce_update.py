"""Authorization: folds role permissions together with functools.reduce, starting from a default set."""
import functools
import itertools

ROLE_PERMS = {"viewer": {"read"}, "editor": {"read", "write"}, "admin": {"read", "write", "delete"}}


def merge(acc, grant):
    acc.update(ROLE_PERMS.get(grant, {grant}))
    return acc


def effective_permissions(grants, base=set()):  # expect: HL101 confirmed
    return functools.reduce(merge, grants, base)


_users = itertools.count()


def scenario():
    n = next(_users)
    perms = effective_permissions(["viewer", f"doc:{n}:write", ("editor", "admin")[n % 2]])
    return "delete" in perms
