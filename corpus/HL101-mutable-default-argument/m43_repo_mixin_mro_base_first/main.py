import itertools

from orm.session import Session
from orm.users import UserRepository

_ids = itertools.count(1000)
_session = Session("postgresql://app@db/accounts")


def scenario():
    n = next(_ids)
    repo = UserRepository(_session)
    user = repo.register(n, "  User%d@Example.COM " % n)
    if repo.get(user.pk) is not user:
        raise RuntimeError("identity map lost user %d" % n)
    return user.email
