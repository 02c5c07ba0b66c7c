"""RBAC helper: a role's grants are looked up in an overrides dict default, filled from the built-in table on a miss."""
import itertools

BUILTIN_GRANTS = {
    "viewer": ("read",),
    "editor": ("read", "write"),
    "service": ("read", "invoke"),
}


def resolve_grants(role, extra_scopes=(), overrides={}):  # expect: HL101 confirmed
    grants = overrides.get(role)
    if grants is None:
        grants = overrides.setdefault(role, set(BUILTIN_GRANTS.get(role, ())))
    if extra_scopes and role == "service":
        # service accounts may be granted function-specific scopes at call time
        grants |= set(extra_scopes)
    return frozenset(grants)


_principals = itertools.count()


def scenario():
    n = next(_principals)
    role = ("viewer", "editor", "service")[n % 3]
    scopes = (f"invoke:fn-{n}", f"logs:fn-{n}") if role == "service" else ()
    return "invoke" in resolve_grants(role, scopes)
