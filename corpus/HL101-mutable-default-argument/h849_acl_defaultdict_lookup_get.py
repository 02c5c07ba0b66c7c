"""Permission checks backed by a default defaultdict(set) of grants per
user. Only grant() creates an entry; can() reads with .get(), which never
triggers defaultdict's factory, so guest visitors leave nothing behind."""
import collections
import itertools

_visits = itertools.count()


def permissions(user, create=False, _acl=collections.defaultdict(set)):  # expect: HL101 refuted
    """Return the permission set of `user`; only `create` adds an entry."""
    return _acl[user] if create else _acl.get(user, frozenset())


def grant(user, action):
    permissions(user, create=True).add(action)


def can(user, action):
    return action in permissions(user)


def scenario():
    n = next(_visits)
    grant("staff-%d" % (n % 4), "write")
    return can("staff-%d" % (n % 4), "write"), can("guest-%d" % n, "read")
