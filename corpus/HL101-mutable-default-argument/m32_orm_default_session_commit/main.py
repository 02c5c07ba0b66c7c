import itertools

from accounts import AuditEntry

_ids = itertools.count(1)

ACTIONS = ("project.create", "project.archive", "member.invite")


def record(actor, action, target=None):
    entry = AuditEntry(actor=actor, action=action, target=target)
    try:
        entry.save()
    except ValueError:
        return None
    return entry.describe()


def scenario():
    n = next(_ids)
    return record("user%d" % (n % 7), ACTIONS[n % 3], "/projects/%d" % n)
