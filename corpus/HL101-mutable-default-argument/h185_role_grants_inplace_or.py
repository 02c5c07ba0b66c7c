"""Access control: a `Role` holds its permission grants in the set passed as
`grants` and hands out a frozenset snapshot from `get_grants()`. `grant()`
uses `self._grants |= {perm}`, which on a set updates it in place, so every
role created without grants adds its permission to the shared default set,
and the snapshot of each new role lists all earlier projects too."""
import itertools

_projects = itertools.count()


class Role:
    def __init__(self, name, grants=set()):  # expect: HL101 confirmed
        self.name = name
        self._grants = grants

    def get_grants(self):
        return frozenset(self._grants)

    def grant(self, perm):
        self._grants |= {perm}


def provision_viewer(project_id):
    role = Role(f"project-{project_id}-viewer")
    role.grant(f"project:{project_id}:read")
    return len(role.get_grants())


def scenario():
    return provision_viewer(next(_projects))
