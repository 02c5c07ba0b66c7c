"""Per-host request accounting for an HTTP client wrapper: ``record_request``
bumps ``[count, bytes]`` counters in the default ``_stats`` dict via
``setdefault``, keyed by ``urlsplit(url).netloc``. The client only talks to a
few fixed hosts, so after warm-up no key is added and the dict stays the same
size."""
import itertools
from urllib.parse import urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200

_calls = itertools.count()

_HOSTS = ("api.example.com", "cdn.example.com", "auth.example.com")


def record_request(url, nbytes, _stats={}):  # expect: HL101 refuted
    counters = _stats.setdefault(urlsplit(url).netloc, [0, 0])
    counters[0] += 1
    counters[1] += nbytes
    return counters


def busiest(stats):
    return max(stats.items(), key=lambda item: item[1][1])[0] if stats else None


class FakeResponse:
    def __init__(self, url, body):
        self.url = url
        self.body = body
        self.status = 200


def fetch(url):
    body = ("{\"url\": \"%s\"}" % url).encode()
    response = FakeResponse(url, body)
    record_request(url, len(body))
    return response


def scenario():
    n = next(_calls)
    host = _HOSTS[n % len(_HOSTS)]
    url = "https://%s/v1/orders/%d?expand=items" % (host, n)
    return fetch(url).status
