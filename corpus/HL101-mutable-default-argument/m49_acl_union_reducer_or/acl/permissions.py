"""Effective permissions: role grants plus per-document shares."""
from acl.reducers import *

ROLE_GRANTS = {
    "viewer": frozenset({"doc:read"}),
    "editor": frozenset({"doc:read", "doc:write", "doc:comment"}),
    "owner": frozenset({"doc:read", "doc:write", "doc:comment", "doc:share"}),
}


def effective(roles, shares, baseline={"doc:list"}):  # expect: HL101 refuted
    return union_all([ROLE_GRANTS[role] for role in roles] + [shares], baseline)


def can(roles, shares, action):
    return action in effective(roles, shares)


def shared_by_all(roles):
    return common_to_all(ROLE_GRANTS[role] for role in roles)
