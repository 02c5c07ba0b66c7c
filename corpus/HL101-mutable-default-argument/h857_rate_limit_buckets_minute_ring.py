"""Per-client rate limiter: request counts live in a default dict of
one-minute buckets keyed by (client, minute % RING). A slot whose stored
minute is stale is reset, so the ring rolls over instead of growing."""
import datetime
import itertools

LIMIT = 30
RING = 10
_START = datetime.datetime(2024, 3, 1, 8, 0)
_requests = itertools.count()


def allow(client, when, _buckets={}):  # expect: HL101 refuted
    """Count one request; False once `client` exceeds LIMIT in this minute."""
    stamp = when.replace(second=0, microsecond=0)
    key = (client, stamp.minute % RING)
    seen, count = _buckets.get(key, (None, 0))
    count = count + 1 if seen == stamp else 1
    _buckets[key] = (stamp, count)
    return count <= LIMIT


def scenario():
    n = next(_requests)
    return allow("client-%d" % (n % 4), _START + datetime.timedelta(minutes=n))
