"""HTTP client simulator: `follow` walks a redirect chain and records each hop
in a default `deque(maxlen=8)`, a debugging ring buffer of the latest hops.
The partial the client uses binds only the resolver, so every request appends
to the same deque, but it never holds more than eight hops."""
import collections
import functools
import itertools

Hop = collections.namedtuple("Hop", "status url")
_ids = itertools.count()


# heaplint-todo: it flows into the callers it is returned to, which heaplint cannot see (heaplint: unknown)
def follow(url, resolver, max_hops=5, history=collections.deque(maxlen=8)):  # expect: HL101 refuted
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
