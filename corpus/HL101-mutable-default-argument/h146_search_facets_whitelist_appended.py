"""Product listing endpoint: search_options() reads the request's query string
with parse_qsl and merges the whitelisted options over the defaults, which
live in the dict default itself. Unknown parameters (tracking ids, cache
busters) are dropped, but the allowed ones are multi-valued (brand=a&brand=b),
so each value is appended to the option's list and the lists keep growing."""
import itertools
from urllib.parse import parse_qsl, urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_requests = itertools.count()
ALLOWED = frozenset({"q", "page", "per_page", "sort", "brand"})


def search_options(query, options={"page": ["1"], "per_page": ["24"], "sort": ["relevance"]}):  # expect: HL101 confirmed
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key not in ALLOWED or not value:
            continue
        options.setdefault(key, []).append(value)
    merged = {key: values[-1] for key, values in options.items()}
    merged["brand"] = options.get("brand", [])
    merged["page"] = max(1, int(merged["page"]) if merged["page"].isdigit() else 1)
    return merged


def listing(url):
    options = search_options(urlsplit(url).query)
    offset = (options["page"] - 1) * int(options["per_page"])
    return "%(q)s sort=%(sort)s" % dict(options, q=options.get("q", "*")), offset


def scenario():
    n = next(_requests)
    url = "https://shop.example/search?q=lamp+%d&brand=b%d&page=%d&_=%d&gclid=x%d" % (n, n % 7, n % 5, n, n)
    return listing(url)
