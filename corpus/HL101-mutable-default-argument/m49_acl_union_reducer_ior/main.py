"""Each request checks one user's rights on one freshly shared document."""
import itertools

from acl import permissions as perms

_requests = itertools.count(1)
_ROLE_SETS = (("viewer",), ("viewer", "editor"), ("owner",))


def scenario():
    n = next(_requests)
    roles = _ROLE_SETS[n % len(_ROLE_SETS)]
    shares = {f"doc:{n}:comment", f"doc:{n}:read"}
    allowed = perms.can(roles, shares, f"doc:{n}:comment")
    return allowed, sorted(perms.shared_by_all(roles))
