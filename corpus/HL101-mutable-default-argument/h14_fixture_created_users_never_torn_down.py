"""Test helpers: make_user remembers every user it creates for a teardown that nothing calls."""
import itertools


class User:
    def __init__(self, name, email, is_staff=False):
        self.name = name
        self.email = email
        self.is_staff = is_staff


def make_user(name, staff=False, _created=[]):  # expect: HL101 confirmed
    user = User(name, f"{name}@test.invalid", is_staff=staff)
    _created.append(user)
    return user


def test_profile_page(n):
    owner = make_user(f"owner{n}")
    admin = make_user(f"admin{n}", staff=True)
    assert owner.email.endswith(".invalid") and admin.is_staff
    return owner.name


_tests = itertools.count()


def scenario():
    return test_profile_page(next(_tests))
