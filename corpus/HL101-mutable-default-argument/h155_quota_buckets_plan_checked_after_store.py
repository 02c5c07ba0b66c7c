"""Quota service: per-client token buckets live in a default dict keyed by
client id. The bucket is created with setdefault() before the plan is
validated, so a sign-up on the retired "trial" plan raises ValueError only
after its bucket ([None]) is stored: every rejected client stays in the
dict."""
import itertools

_clients = itertools.count()
PLANS = {"free": 10, "pro": 100, "team": 500}


def take_token(client_id, plan, _buckets={}):  # expect: HL101 confirmed
    bucket = _buckets.setdefault(client_id, [PLANS.get(plan)])
    if bucket[0] is None:
        raise ValueError(f"unknown plan {plan!r} for {client_id}")
    bucket[0] -= 1
    return bucket[0] >= 0


def scenario():
    n = next(_clients)
    try:
        return take_token(f"client-{n:08d}", "trial")
    except ValueError:
        return False
