"""Access control: whether a user may export reports depends on the user id
and two bool flags (is_admin, is_active); the decision is memoised in a
dict default keyed by all three. Users are new each call, so each call
stores a new (user, flag, flag) key."""
import itertools

_ids = itertools.count()


def can_export(user_id, is_admin, is_active, _memo={}):  # expect: HL101 confirmed
    key = (user_id, is_admin, is_active)
    if key not in _memo:
        _memo[key] = is_active and (is_admin or not user_id.startswith("guest-"))
    return _memo[key]


def scenario():
    n = next(_ids)
    user = f"user-{n:06d}@tenant-{n % 13}"
    return can_export(user, n % 5 == 0, n % 7 != 0)
