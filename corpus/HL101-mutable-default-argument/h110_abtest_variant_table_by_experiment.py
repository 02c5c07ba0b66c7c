"""A/B testing: users are split between an experiment's variants by hashing
the user id into one of 100 buckets. `assign_variant` memoises, in a dict
default keyed by experiment only, the bucket-to-variant table built from
the weights; `checkout_variant` is a functools.partial bound to one
experiment, so the memo holds a single table however many visitors come."""
import functools
import itertools
import zlib

_visitors = itertools.count()

EXPERIMENTS = {"checkout-v2": [("control", 50), ("one_page", 30), ("express", 20)]}


# heaplint-todo: the store at line 19 was not reached: the model raised KeyError at line 18, which real callers may not (heaplint: unknown)
def assign_variant(experiment, user_id, _tables={}):  # expect: HL101 refuted
    table = _tables.get(experiment)
    if table is None:
        table = [variant for variant, weight in EXPERIMENTS[experiment] for _ in range(weight)]
        _tables[experiment] = table
    bucket = zlib.crc32(("%s:%s" % (experiment, user_id)).encode()) % len(table)
    return table[bucket]


checkout_variant = functools.partial(assign_variant, "checkout-v2")


def scenario():
    n = next(_visitors)
    user = "visitor-%d" % n
    return checkout_variant(user) == checkout_variant(user)
