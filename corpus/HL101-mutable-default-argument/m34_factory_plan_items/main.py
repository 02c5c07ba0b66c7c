import itertools

from fixtures import *

_ids = itertools.count()


class User:
    def __init__(self, username, email, is_staff=False):
        self.username = username
        self.email = email
        self.is_staff = is_staff


class UserFactory(Factory):
    model = User
    declarations = (
        ("username", Sequence("user{n}")),
        ("email", LazyAttribute(lambda a: f"{a['username']}@example.test")),
        ("is_staff", False),
    )


def scenario():
    n = next(_ids)
    alice = UserFactory.build(username=f"alice{n}")
    staff = UserFactory.build(email=f"ops+{n}@example.test", is_staff=n % 2 == 0)
    assert alice.email.startswith("alice") and staff.username.startswith("user")
