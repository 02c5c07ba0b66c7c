"""Notification fan-out that avoids messaging the same address twice."""
import itertools


def notify(address, message, *, already_notified=set()):  # expect: HL101 confirmed
    if address in already_notified:
        return False
    already_notified.add(address)
    _outbox_send(address, message)
    return True


def _outbox_send(address, message):
    return len(address) + len(message)


_signups = itertools.count()


def scenario():
    n = next(_signups)
    notify(f"new-user-{n}@example.org", "Welcome aboard!")
