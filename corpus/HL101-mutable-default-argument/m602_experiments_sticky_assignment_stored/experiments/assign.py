"""Bucket assignment: a sticky experiment remembers each user's bucket in the
config's assignments table, so a user keeps the bucket first handed out."""
from .config import EXPERIMENT


def assign(user_id, config=EXPERIMENT):  # expect: HL101 confirmed
    buckets = config["buckets"]
    bucket = buckets[sum(map(ord, user_id)) % len(buckets)]
    if config.get("sticky"):
        return config["assignments"].setdefault(user_id, bucket)
    return bucket
