"""Newsletter click tracking: count_param() counts the values of one query
parameter across URLs. The campaign report builds a functools.partial per
report that binds the parameter name and a fresh counts dict, so the dict
default is never the one that gets filled."""
import functools
import itertools
from urllib.parse import parse_qs, urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_reports = itertools.count()


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def count_param(name, url, counts={}):  # expect: HL101 refuted
    for value in parse_qs(urlsplit(url).query).get(name, ()):
        counts[value] = counts.get(value, 0) + 1
    return counts


def campaign_report(urls):
    count_campaign = functools.partial(count_param, "utm_campaign", counts={})
    counts = {}
    for url in urls:
        counts = count_campaign(url)
    return sorted(counts, key=counts.get, reverse=True)[:3]


def scenario():
    n = next(_reports)
    urls = ["https://news.example/r/%d?utm_campaign=weekly-%d&utm_medium=email" % (i, n) for i in range(3)]
    return campaign_report(urls)
