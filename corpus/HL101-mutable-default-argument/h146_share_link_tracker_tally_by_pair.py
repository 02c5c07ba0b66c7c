"""Share-link cleaner: strip_params() removes tracking parameters from a URL's
query string and tallies what it removed in a Counter default for the admin
"top trackers" report; the newsletter pipeline binds the parameters to drop
with functools.partial. The tally is keyed by "name=value", to see which
campaigns circulate, but click ids (fbclid, gclid) differ on every link."""
import collections
import functools
import itertools
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_links = itertools.count()
TRACKERS = frozenset({"utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid"})


def strip_params(url, drop, removed=collections.Counter()):  # expect: HL101 confirmed
    parts = urlsplit(url)
    kept = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in drop:
            removed["%s=%s" % (key, value)] += 1
            continue
        kept.append((key, value))
    top = ", ".join("%s (%d)" % item for item in removed.most_common(2))
    return urlunsplit(parts._replace(query=urlencode(kept))), top


clean_share_link = functools.partial(strip_params, drop=TRACKERS)


def scenario():
    n = next(_links)
    url = "https://shop.example/p/%d?color=red&utm_source=mail&fbclid=IwAR%d&gclid=Cj%d#reviews" % (n, n * 7, n)
    return clean_share_link(url)
