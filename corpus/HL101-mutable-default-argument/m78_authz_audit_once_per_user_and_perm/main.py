"""Document API traffic: each request comes from a different signed-in user."""
import itertools

import authz

_users = itertools.count(1)


def scenario():
    n = next(_users)
    user = {"id": f"u{n}", "role": "admin" if n % 5 == 0 else "viewer"}
    audit_log = []
    can_read = authz.require(user, "doc:read", audit_log)
    can_write = authz.require(user, "doc:write", audit_log)
    return can_read, can_write, audit_log
