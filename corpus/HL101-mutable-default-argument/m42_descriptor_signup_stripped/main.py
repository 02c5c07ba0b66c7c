import itertools

from accounts import signup

_ids = itertools.count()


def scenario():
    n = next(_ids)
    form = {
        "username": " member_%d " % n,
        "email": "Member.%d@Example.org\n" % n,
        "ref": "" if n % 2 else "partner_%d" % (n % 7),
    }
    account, errors = signup(form)
    return errors or account
