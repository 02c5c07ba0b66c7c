"""Access control: `role()` declares permissions in a registry dict default
and returns the live table. Every role is declared at import time; the view
decorator tries tenant-scoped roles ("acme/editor") before global ones with
`dict.get` on the returned table, so requests only read the registry."""
import functools
import itertools

_requests = itertools.count()


def role(name, *permissions, _registry={}):  # expect: HL101 refuted
    _registry.setdefault(name, set()).update(permissions)
    return _registry


ROLES = role("viewer", "doc.read")
role("editor", "doc.read", "doc.write")


def permission_required(perm):
    def decorate(view):
        @functools.wraps(view)
        def guarded(user, *args):
            scoped = "%s/%s" % (user["tenant"], user["role"])
            granted = ROLES.get(scoped) or ROLES[user["role"]]
            if perm not in granted:
                raise PermissionError("%s may not %s" % (user["name"], perm))
            return view(user, *args)
        return guarded
    return decorate


@permission_required("doc.read")
def open_document(user, doc_id):
    return "doc %d opened by %s" % (doc_id, user["name"])


def scenario():
    n = next(_requests)
    return open_document({"name": "u%d" % n, "tenant": "t%d" % n, "role": "viewer"}, n)
