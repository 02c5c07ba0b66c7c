"""Profile page: one new visitor per call, plus the role sidebar."""
import itertools

from repo import UserRepo

_visits = itertools.count(1)
ROLES = ("admin", "staff", "guest")
USERS = UserRepo({"u1": {"role": "admin"}, "u2": {"role": "staff"}})


def scenario():
    n = next(_visits)
    page = USERS.profile(f"visitor-{n}")
    sidebar = USERS.by_role(ROLES[n % 3])
    return page, sidebar
