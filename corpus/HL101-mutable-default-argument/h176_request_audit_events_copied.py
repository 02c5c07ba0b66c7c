"""Request audit trail for a web handler: each request builds a
`RequestAudit` and records what it did through `record()`. The constructor
copies the `events` default with `list(events)`, so every audit
created without explicit events gets its own copy of the (empty) default,
which is only read; the events die with the audit."""
import itertools

_requests = itertools.count()


class RequestAudit:
    def __init__(self, request_id, user, events=[]):  # expect: HL101 refuted
        self.request_id = request_id
        self.user = user
        self.events = list(events)

    def record(self, action, target):
        self.events.append((self.request_id, action, target))

    def summary(self):
        return "%s: %d events" % (self.user, len(self.events))


def handle_update(request_id, user, doc_id):
    audit = RequestAudit(request_id, user)
    audit.record("read", doc_id)
    audit.record("write", doc_id)
    return audit.summary()


def scenario():
    n = next(_requests)
    return handle_update("req-%d" % n, "user%d" % (n % 7), "doc-%d" % n)
