"""HTTP client simulator: `follow` walks a redirect chain and records each hop
in a list default so the final response can expose its history. The partial
the client uses binds only the resolver, so every request appends its hops to
the same list, and every request is for a new URL."""
import functools
import itertools
from collections import namedtuple

Hop = namedtuple("Hop", "status url")
_ids = itertools.count()


def follow(url, resolver, max_hops=5, history=[]):  # expect: HL101 confirmed
    for _ in range(max_hops):
        status, location = resolver(url)
        if status not in (301, 302, 307, 308):
            break
        history.append(Hop(status, url))
        url = location
    return status, url, history


def resolve(url):
    if url.startswith("http://"):
        return 301, "https://" + url[len("http://"):]
    if not url.endswith("/"):
        return 308, url + "/"
    return 200, None


get = functools.partial(follow, resolver=resolve)


def scenario():
    n = next(_ids)
    status, final, history = get(f"http://docs.example.com/page/{n}")
    return status, final, len(history)
