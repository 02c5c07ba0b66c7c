"""A/B testing: the last exposure per variant is kept; the variant key is bool(user_id & 1)."""
import itertools


def record_exposure(user_id, payload, last_by_variant={}):  # expect: HL101 refuted
    is_b = bool(user_id & 1)
    last_by_variant[is_b] = {"user": user_id, "payload": payload}
    return "B" if is_b else "A"


_users = itertools.count(1000)


def scenario():
    uid = next(_users)
    record_exposure(uid, {"page": f"/pricing?u={uid}", "ms": uid % 900})
