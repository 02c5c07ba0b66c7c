"""rolebase: a named bundle of permission strings; concrete roles subclass it."""

__all__ = ["Role"]


class Role:
    def __init__(self, name, perms=set()):  # expect: HL101 refuted
        self.name = name
        self.perms = set(perms)

    def allows(self, perm):
        return perm in self.perms

    def __repr__(self):
        return f"<Role {self.name} ({len(self.perms)} perms)>"
