"""Quota service: per-client token buckets live in a default dict keyed by
client id. The plan name is validated first and an unknown plan raises
ValueError before any bucket is created. The sign-ups here use the retired
"trial" plan, so every call is rejected and the dict stays empty."""
import itertools

_clients = itertools.count()
PLANS = {"free": 10, "pro": 100, "team": 500}


def take_token(client_id, plan, _buckets={}):  # expect: HL101 refuted
    limit = PLANS.get(plan)
    if limit is None:
        raise ValueError(f"unknown plan {plan!r} for {client_id}")
    bucket = _buckets.setdefault(client_id, [limit])
    bucket[0] -= 1
    return bucket[0] >= 0


def scenario():
    n = next(_clients)
    try:
        return take_token(f"client-{n:08d}", "trial")
    except ValueError:
        return False
