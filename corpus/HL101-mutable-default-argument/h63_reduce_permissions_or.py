"""Document ACLs: a user's effective permissions are the union of role grants and per-document shares."""
import functools
import itertools
import operator

ROLE_GRANTS = {
    "viewer": frozenset({"doc:read", "comment:read"}),
    "editor": frozenset({"doc:read", "doc:write", "comment:write"}),
    "owner": frozenset({"doc:delete", "share:manage"}),
}


def _grants(user):
    for role in user["roles"]:
        yield ROLE_GRANTS.get(role, frozenset())
    for doc_id in user["shared_docs"]:
        yield frozenset({f"doc:{doc_id}:read", f"doc:{doc_id}:comment"})


def effective_permissions(user, base=set()):  # expect: HL101 refuted
    return functools.reduce(operator.or_, _grants(user), base)


def can(user, permission):
    return permission in effective_permissions(user)


_users = itertools.count()


def scenario():
    n = next(_users)
    user = {"name": f"user{n}", "roles": ["viewer"], "shared_docs": [n, n + 500000]}
    return can(user, f"doc:{n}:comment"), can(user, "doc:write")
