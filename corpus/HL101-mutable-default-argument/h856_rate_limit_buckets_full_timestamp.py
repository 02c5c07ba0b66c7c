"""Per-client rate limiter: request counts live in a default dict of
one-minute buckets keyed by (client, minute timestamp). Old minutes are
never dropped, so the dict gains a bucket for every client-minute seen."""
import datetime
import itertools

LIMIT = 30
_START = datetime.datetime(2024, 3, 1, 8, 0)
_requests = itertools.count()


def allow(client, when, _buckets={}):  # expect: HL101 confirmed
    """Count one request; False once `client` exceeds LIMIT in this minute."""
    stamp = when.replace(second=0, microsecond=0)
    key = (client, stamp)
    _buckets[key] = _buckets.get(key, 0) + 1
    return _buckets[key] <= LIMIT


def scenario():
    n = next(_requests)
    return allow("client-%d" % (n % 4), _START + datetime.timedelta(minutes=n))
