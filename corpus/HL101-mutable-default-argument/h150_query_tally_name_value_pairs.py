"""Analytics ingest: the query parameters of every landing URL are tallied
as name=value pairs so the dashboard can show the most common campaign
values. record_landing() forwards its keyword options to tally_query(); the
tally is a defaultdict default, and click ids are unique per visit."""
import collections
import itertools
from urllib.parse import parse_qsl, urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_visits = itertools.count()


def tally_query(url, ignore=(), tallies=collections.defaultdict(int)):  # expect: HL101 confirmed
    pairs = [(k, v) for k, v in parse_qsl(urlsplit(url).query) if k not in ignore]
    for key, value in pairs:
        tallies["%s=%s" % (key, value)] += 1
    return max(tallies.items(), key=lambda item: item[1], default=None)


def record_landing(url, **options):
    return tally_query(url, **options)


def scenario():
    n = next(_visits)
    url = "https://shop.example/l/%d?utm_source=mail&gclid=c%d&session=s%d" % (n % 7, n, n)
    return record_landing(url, ignore=("session",))
