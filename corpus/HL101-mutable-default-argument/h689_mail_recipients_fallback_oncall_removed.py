"""Alert mails: `Message.recipients` returns the To list, or a shared
fallback list when nobody was addressed. `notify` copies the on-call
engineer in for the send only and takes the address out again afterwards,
so the fallback list is empty between alerts."""
import itertools

_alerts = itertools.count(1)


class Message:
    def __init__(self, subject, to=None):
        self.subject, self.to = subject, to

    def recipients(self, fallback=[]):  # expect: HL101 refuted
        return self.to or fallback


def notify(msg, oncall):
    rcpts = msg.recipients()
    rcpts.append(oncall)
    try:
        return ["%s -> %s" % (msg.subject, r) for r in rcpts]
    finally:
        rcpts.remove(oncall)


def scenario():
    n = next(_alerts)
    msg = Message("disk 91%% full on db-%d" % n)
    return notify(msg, "oncall+shift%d@example.com" % n)
