"""Alert mails: `Message.recipients` returns the To list, or a shared
fallback list when nobody was addressed. `notify` copies the on-call
engineer in by appending to that list, so unaddressed alerts keep adding
on-call addresses to the fallback."""
import itertools

_alerts = itertools.count(1)


class Message:
    def __init__(self, subject, to=None):
        self.subject, self.to = subject, to

    def recipients(self, fallback=[]):  # expect: HL101 confirmed
        return self.to or fallback


def notify(msg, oncall):
    rcpts = msg.recipients()
    rcpts.append(oncall)
    return ["%s -> %s" % (msg.subject, r) for r in rcpts]


def scenario():
    n = next(_alerts)
    msg = Message("disk 91%% full on db-%d" % n)
    return notify(msg, "oncall+shift%d@example.com" % n)
