"""Access control: a Grants mapping falls back, in __missing__, to the
built-in permission set of a role. It hands out the set held by the default
dict itself, so sharing a document with a viewer adds the document's
permission to the built-in "viewer" set shared by every Grants."""
import itertools

_shares = itertools.count()


class Grants(dict):
    def __missing__(self, role, _builtin={"viewer": {"read"}, "editor": {"read", "write"}}):  # expect: HL101 confirmed
        perms = _builtin[role]
        self[role] = perms
        return perms


def share(grants, role, doc_id):
    grants[role].add(f"doc:{doc_id}:read")
    return grants


def can(grants, role, perm):
    return perm in grants[role]


def scenario():
    n = next(_shares)
    grants = share(Grants(), "viewer", f"d{n}")
    return can(grants, "viewer", f"doc:d{n}:read"), can(grants, "editor", "write")
