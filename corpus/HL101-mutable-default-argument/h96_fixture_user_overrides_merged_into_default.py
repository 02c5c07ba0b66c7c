"""Test data builder: make_user() applies per-test overrides to a User; keyword fields are merged into the `overrides` default before building, so the last test's fields carry over (one value per field name)."""
import dataclasses
import itertools


@dataclasses.dataclass
class User:
    username: str
    email: str
    is_staff: bool = False
    groups: tuple = ()


def make_user(overrides={"is_staff": False}, **fields):  # expect: HL101 refuted
    overrides.update(fields)
    username = overrides.get("username", "alice")
    data = {"username": username, "email": f"{username}@example.test", **overrides}
    return User(**data)


def make_staff(**fields):
    return make_user(is_staff=True, groups=("staff",), **fields)


_tests = itertools.count()


def scenario():
    n = next(_tests)
    user = make_staff(username=f"user{n}") if n % 2 else make_user(username=f"user{n}", groups=())
    assert user.email == f"user{n}@example.test"
    return user
