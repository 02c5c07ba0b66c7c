"""Notification fan-out: users with a pending notification are tracked until delivered."""
import itertools


def mark_pending(user, message, _pending={}):  # expect: HL101 confirmed
    _pending[user.lower()] = message
    return len(_pending)


def deliver(user, _pending=mark_pending.__defaults__[0]):
    return _pending.pop(user, None)


def notify(user, text):
    mark_pending(user, text)
    return deliver(user)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return notify(f"User{n}", f"you have {n % 5} new messages")
