"""A/B testing: users are split between an experiment's variants by hashing
the user id into one of 100 buckets and walking the variant weights.
`assign_variant` memoises the answer in a dict default keyed by experiment
and user, so a returning user skips the hash; `checkout_variant` is a
functools.partial bound to one experiment. Every visitor is a new key."""
import functools
import itertools
import zlib

_visitors = itertools.count()

EXPERIMENTS = {"checkout-v2": [("control", 50), ("one_page", 30), ("express", 20)]}


def assign_variant(experiment, user_id, _memo={}):  # expect: HL101 confirmed
    key = (experiment, user_id)
    if key in _memo:
        return _memo[key]
    bucket = zlib.crc32(("%s:%s" % key).encode()) % 100
    for variant, weight in EXPERIMENTS[experiment]:
        if bucket < weight:
            break
        bucket -= weight
    _memo[key] = variant
    return variant


checkout_variant = functools.partial(assign_variant, "checkout-v2")


def scenario():
    n = next(_visitors)
    user = "visitor-%d" % n
    return checkout_variant(user) == checkout_variant(user)
