"""Access control: the allowed roles are a frozenset default (immutable); first-time users land in a set default."""
import itertools


def can_edit(role, allowed=frozenset({"admin", "editor"})):
    return role in allowed


def first_visit(user, seen=set()):  # expect: HL101 confirmed
    if user in seen:
        return False
    seen.add(user)
    return True


def open_editor(user, role):
    welcome = first_visit(user)
    return can_edit(role), welcome


_users = itertools.count()


def scenario():
    n = next(_users)
    open_editor(f"user-{n}", ("admin", "viewer", "editor")[n % 3])
