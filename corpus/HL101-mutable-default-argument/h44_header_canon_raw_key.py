"""HTTP helper that canonicalises header names ("x-request-id" -> "X-Request-Id")
and memoises the result in a default dict keyed by the name exactly as the
client sent it; clients send arbitrary casings, so nearly every request adds a
new key and the memo grows without bound."""
import itertools

_ids = itertools.count()

KNOWN = ("content-type", "x-request-id", "accept-encoding", "user-agent")
SPECIAL = {"www-authenticate": "WWW-Authenticate", "te": "TE", "etag": "ETag"}


def canonical_header(name, _memo={}):  # expect: HL101 confirmed
    try:
        return _memo[name]
    except KeyError:
        pass
    folded = name.strip().lower()
    canon = SPECIAL.get(folded)
    if canon is None:
        canon = "-".join(part.capitalize() for part in folded.split("-"))
    _memo[name] = canon
    return canon


def normalise_headers(raw_pairs):
    headers = {}
    for name, value in raw_pairs:
        key = canonical_header(name)
        if key in headers:
            headers[key] = headers[key] + ", " + value.strip()
        else:
            headers[key] = value.strip()
    return headers


def _as_sent_by_client(name, bits):
    # Clients and proxies disagree on header casing; model that per request.
    return "".join(c.upper() if (bits >> i) & 1 else c for i, c in enumerate(name))


def scenario():
    n = next(_ids)
    name = _as_sent_by_client(KNOWN[n % len(KNOWN)], n // len(KNOWN))
    headers = normalise_headers([(name, " value-%d " % n), ("Host", "example.org")])
    return len(headers)
