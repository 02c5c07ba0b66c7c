"""factory_boy-style test-data factory building User records for API tests."""
import itertools
from dataclasses import dataclass

_ids = itertools.count()


@dataclass
class User:
    username: str
    email: str
    groups: list

    def __post_init__(self):
        self.groups = list(self.groups)

    def grant(self, group):
        if group not in self.groups:
            self.groups.append(group)
        return self


def make_user(username, groups=[]):  # expect: HL101 refuted
    if not username.isidentifier():
        raise ValueError(f"bad username {username!r}")
    return User(username=username, email=f"{username}@test.invalid", groups=groups)


def make_tenant_admin(tenant):
    user = make_user(f"admin_{tenant}")
    return user.grant(f"tenant:{tenant}:admin")


def scenario():
    n = next(_ids)
    admin = make_tenant_admin(f"t{n}")
    viewer = make_user(f"viewer_{n}", groups=["viewers"])
    assert f"tenant:t{n}:admin" in admin.groups and viewer.groups == ["viewers"]
