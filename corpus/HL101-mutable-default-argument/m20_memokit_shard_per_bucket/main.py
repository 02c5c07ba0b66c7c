"""Profile API: each request loads one user's profile from that user's shard."""
import itertools

from routing import shard_for

_requests = itertools.count()


def load_profile(user_id):
    return f"SELECT * FROM profiles WHERE id = {user_id} -- via {shard_for(user_id)}"


def scenario():
    return load_profile(10_000 + next(_requests))
