"""Access control: the default role set is only read through sorted()."""
import itertools


def visible_roles(user, granted, known={"admin", "auditor", "editor", "viewer"}):  # expect: HL101 refuted
    roles = [role for role in sorted(known) if role in granted]
    return {"user": user, "roles": roles, "is_admin": "admin" in roles}


_users = itertools.count()


def scenario():
    n = next(_users)
    visible_roles(f"user-{n}", {"viewer", "editor"} if n % 2 else {"auditor"})
