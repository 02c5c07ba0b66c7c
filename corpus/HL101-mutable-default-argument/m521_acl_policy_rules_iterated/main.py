"""Share dialog: grant a new user access to one document per call."""
import itertools

import acl

_shares = itertools.count(1)


def scenario():
    n = next(_shares)
    policy = acl.Policy("user-%d" % n)
    acl.grant(policy, "docs:%d:*" % n)
    return acl.allowed(policy, "docs:%d:read" % n)
