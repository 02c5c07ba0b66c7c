"""Load balancer: tracks which of 97 hash buckets have received traffic."""
import itertools

# oracle: calls=1000


def mark_bucket(session_key, used_buckets=set()):  # expect: HL101 refuted
    bucket = hash(session_key) % 97
    used_buckets.add(bucket)
    return bucket, len(used_buckets)


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    mark_bucket(f"session-{n}-{n * 7919}")
