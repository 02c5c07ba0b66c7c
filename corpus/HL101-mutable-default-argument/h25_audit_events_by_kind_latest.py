"""Audit trail: the latest events are indexed by kind for the admin dashboard."""
import itertools

KINDS = ("login", "logout", "purchase", "refund")


def index_event(kind, event, _by_kind={}):  # expect: HL101 refuted
    _by_kind[kind] = [event]
    return len(_by_kind)


def log_event(user_id, kind):
    event = {"user": user_id, "kind": kind}
    index_event(kind, event)
    return event


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return log_event(n, KINDS[n % len(KINDS)])
