import itertools

from svc import transfer_funds

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    receipt = transfer_funds("acct-%d" % n, "acct-%d" % (n + 1), n % 50 + 1)
    return receipt["entries"]
