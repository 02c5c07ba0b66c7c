"""Access control: permission decisions are memoised per (user, action) in a
dict default for the length of a request. On exit the request scope collects
every key that belongs to its user and deletes them, so the memo is empty
again between requests."""
import itertools

_requests = itertools.count()
ACL = {"editor": {"read", "comment", "edit"}, "viewer": {"read"}}


def is_allowed(user, role, action, _decisions={}):  # expect: HL101 refuted
    key = (user, action)
    if key not in _decisions:
        _decisions[key] = action in ACL.get(role, ())
    return _decisions[key]


class RequestScope:
    def __init__(self, user, role):
        self.user, self.role = user, role

    def __enter__(self):
        return lambda action: is_allowed(self.user, self.role, action)

    def __exit__(self, *exc_info):
        decisions = is_allowed.__defaults__[0]
        for key in [key for key in decisions if key[0] == self.user]:
            del decisions[key]
        return False


def scenario():
    n = next(_requests)
    with RequestScope("user-%d" % n, ("editor", "viewer")[n % 2]) as can:
        return [action for action in ("read", "edit", "delete") if can(action)]
