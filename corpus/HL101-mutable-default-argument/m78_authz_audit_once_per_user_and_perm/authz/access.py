"""access: the per-request permission check, with a de-duplicated audit trail."""
from . import permcache


def require(user, perm, audit_log):
    ok = (user["role"], perm) in permcache.GRANTED
    if permcache.first_time((user["id"], perm)):
        audit_log.append(f"{user['id']} {user['role']} {perm} {'allow' if ok else 'deny'}")
    return ok
