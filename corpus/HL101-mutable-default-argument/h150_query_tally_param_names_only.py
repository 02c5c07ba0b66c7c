"""Analytics ingest: the query parameters of every landing URL are tallied
by parameter name so the dashboard can show which tracking parameters are in
use. record_landing() forwards its keyword options to tally_query(); the
tally is a defaultdict default, but it is keyed by the name alone."""
import collections
import itertools
from urllib.parse import parse_qsl, urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_visits = itertools.count()


def tally_query(url, ignore=(), tallies=collections.defaultdict(int)):  # expect: HL101 refuted
    pairs = [(k, v) for k, v in parse_qsl(urlsplit(url).query) if k not in ignore]
    for key, _value in pairs:
        tallies[key] += 1
    return max(tallies.items(), key=lambda item: item[1], default=None)


def record_landing(url, **options):
    return tally_query(url, **options)


def scenario():
    n = next(_visits)
    url = "https://shop.example/l/%d?utm_source=mail&gclid=c%d&session=s%d" % (n % 7, n, n)
    return record_landing(url, ignore=("session",))
