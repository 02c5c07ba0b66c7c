"""Webhook dispatch: handlers share an abstract interface; the de-duplicating handler remembers the most recent delivery ids, since senders retry soon."""
import collections
import itertools


class Handler:
    def handle(self, event):
        raise NotImplementedError


class DedupHandler(Handler):
    def handle(self, event, seen=collections.OrderedDict()):  # expect: HL101 refuted
        if event["delivery_id"] in seen:
            return None
        seen[event["delivery_id"]] = True
        if len(seen) > 32:
            seen.popitem(last=False)
        return self.process(event)


class AuditHandler(DedupHandler):
    def __init__(self):
        self.log = []

    def handle(self, event):
        return super().handle(dict(event, repo=event["repo"].lower()))

    def process(self, event):
        self.log.append("{action}:{repo}".format(**event))
        return len(self.log)


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    event = {"delivery_id": f"72d3162e-cc78-11e3-81ab-{n:012x}", "action": "push", "repo": "Org/API"}
    handler = AuditHandler()
    return [handler.handle(event) for _attempt in range(2)]
