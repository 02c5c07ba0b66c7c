"""Locks an account after too many consecutive failed logins."""
from utils.dicts import Zeroes

LIMIT = 5


def failures(_counts=Zeroes()):  # expect: HL101 confirmed
    return _counts


def allowed(username):
    return failures()[username] < LIMIT


def record(username, ok):
    counts = failures()
    if ok:
        counts[username] = 0
    else:
        counts[username] += 1
    return counts[username]
