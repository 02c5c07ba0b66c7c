"""Feature store: computed vectors are stored with dict.__setitem__(cache, key, value), the unbound method form."""
import itertools


def feature_vector(user_id, _cache={}):  # expect: HL101 confirmed
    vec = [user_id % 7, user_id % 11, user_id % 13]
    dict.__setitem__(_cache, f"user:{user_id}", vec)
    return vec


_users = itertools.count()


def scenario():
    feature_vector(next(_users))
