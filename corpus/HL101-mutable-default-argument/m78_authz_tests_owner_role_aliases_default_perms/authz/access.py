"""access: which roles a user holds on one document, checked per request."""
from . import owner, rolebase

READER = rolebase.Role("reader", {"doc:read"})


def roles_for(user, doc):
    roles = [READER]
    if doc["owner"] == user["id"]:
        roles.append(owner.DocOwner(doc["id"]))
    return roles


def can_edit(user, doc):
    return any(role.allows(f"doc:{doc['id']}:edit") for role in roles_for(user, doc))
