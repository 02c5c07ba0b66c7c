"""Access control: permission decisions are memoised per (user, action) in a
dict default for the length of a request, and the request scope is meant to
drop the user's decisions on exit. It pops the bare user name, but the memo
is keyed by (user, action) tuples, so nothing is ever removed."""
import itertools

_requests = itertools.count()
ACL = {"editor": {"read", "comment", "edit"}, "viewer": {"read"}}


def is_allowed(user, role, action, _decisions={}):  # expect: HL101 confirmed
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
        is_allowed.__defaults__[0].pop(self.user, None)
        return False


def scenario():
    n = next(_requests)
    with RequestScope("user-%d" % n, ("editor", "viewer")[n % 2]) as can:
        return [action for action in ("read", "edit", "delete") if can(action)]
