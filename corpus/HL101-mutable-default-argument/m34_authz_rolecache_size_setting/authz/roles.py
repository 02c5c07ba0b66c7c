from . import settings

ROLE_GRANTS = {
    "viewer": ("read",),
    "editor": ("read", "write"),
    "admin": ("read", "write", "delete", "grant"),
}


def permissions_for(user, extra_grants=(), _memo={}):  # expect: HL101 refuted
    role = getattr(user, "role", None) or settings.ANONYMOUS_ROLE
    key = (user.id, role, tuple(sorted(extra_grants)))
    try:
        return _memo[key]
    except KeyError:
        pass
    try:
        perms = frozenset(ROLE_GRANTS[role]).union(extra_grants)
    except KeyError:
        raise PermissionError(f"unknown role {role!r}") from None
    limit = settings.ROLE_CACHE_SIZE
    if limit is not None and len(_memo) >= limit:
        _memo.pop(next(iter(_memo)))
    _memo[key] = perms
    return perms
