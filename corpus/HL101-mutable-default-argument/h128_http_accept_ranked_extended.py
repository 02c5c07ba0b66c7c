"""HTTP server: content negotiation parses the Accept header into (q, media
type) pairs, keeps them in a ranked list sorted by quality and picks the
best offered type with max(). The ranked list is a default that each
request extends, so every client's preferences stay in it for good."""
import itertools

_reqs = itertools.count()


def parse_accept(header):
    items = []
    for part in header.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=")), 1.0)
        items.append((q, media))
    return items


def negotiate(accept, offers, ranked=[]):  # expect: HL101 confirmed
    ranked.extend(parse_accept(accept))
    ranked.sort(key=lambda item: item[0], reverse=True)
    best = max((item for item in ranked if item[1] in offers), key=lambda item: item[0], default=None)
    return best[1] if best else offers[0]


def scenario():
    n = next(_reqs)
    accept = f"text/html;q=0.{n % 9 + 1}, application/json;q=0.{(n + 4) % 9 + 1}, */*;q=0.1"
    return negotiate(accept, ("application/json", "text/html"))
