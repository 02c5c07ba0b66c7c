"""Locks an account after too many consecutive failed logins."""
from utils.dicts import Zeroes

LIMIT = 5


def failures(_counts=Zeroes()):  # expect: HL101 refuted
    return _counts


def allowed(username):
    return failures()[username] < LIMIT


def record(username, ok):
    counts = failures()
    if ok:
        counts.pop(username, None)
    else:
        counts[username] += 1
    return counts[username]
