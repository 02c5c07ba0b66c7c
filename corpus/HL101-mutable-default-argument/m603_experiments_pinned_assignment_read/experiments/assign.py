"""Bucket assignment: a sticky experiment looks each user up in the config's
assignments table (pinned accounts) and otherwise hashes the user id."""
from .config import EXPERIMENT


def assign(user_id, config=EXPERIMENT):  # expect: HL101 refuted
    buckets = config["buckets"]
    bucket = buckets[sum(map(ord, user_id)) % len(buckets)]
    if config.get("sticky"):
        return config["assignments"].get(user_id, bucket)
    return bucket
