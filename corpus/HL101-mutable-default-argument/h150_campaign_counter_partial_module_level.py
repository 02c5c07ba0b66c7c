"""Newsletter click tracking: count_param() counts the values of one query
parameter across URLs. The click endpoint uses a module-level
functools.partial that binds only the parameter name, so every click lands
in the counts dict default, and a campaign id is minted per newsletter."""
import functools
import itertools
from urllib.parse import parse_qs, urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_clicks = itertools.count()


def count_param(name, url, counts={}):  # expect: HL101 confirmed
    for value in parse_qs(urlsplit(url).query).get(name, ()):
        counts[value] = counts.get(value, 0) + 1
    return counts


count_campaign = functools.partial(count_param, "utm_campaign")


def click(url):
    counts = count_campaign(url)
    return sorted(counts, key=counts.get, reverse=True)[:3]


def scenario():
    n = next(_clicks)
    return click("https://news.example/r/%d?utm_campaign=weekly-%d&utm_medium=email" % (n, n))
