"""Permission checks backed by a default defaultdict(set) of grants per
user. can() looks a user up with [], which makes defaultdict insert an empty
set for every user that was never granted anything (each guest visitor)."""
import collections
import itertools

_visits = itertools.count()


def permissions(user, _acl=collections.defaultdict(set)):  # expect: HL101 confirmed
    """Return the permission set of `user`, creating it on first use."""
    return _acl[user]


def grant(user, action):
    permissions(user).add(action)


def can(user, action):
    return action in permissions(user)


def scenario():
    n = next(_visits)
    grant("staff-%d" % (n % 4), "write")
    return can("staff-%d" % (n % 4), "write"), can("guest-%d" % n, "read")
