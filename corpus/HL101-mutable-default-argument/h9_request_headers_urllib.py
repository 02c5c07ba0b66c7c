"""API client: builds a urllib Request with default headers; the request object is inspected but never sent."""
import itertools
import urllib.request

# urllib.parse.urlsplit has a 128-entry lru_cache that fills first
# oracle: calls=200


def build_request(url, headers={}):  # expect: HL101 unknown
    req = urllib.request.Request(url, headers=headers)
    req.add_header("X-Client", "heaplint-demo")
    return req


_ids = itertools.count()


def scenario():
    n = next(_ids)
    req = build_request(f"http://api.example.invalid/items/{n}")
    return req.full_url, req.header_items()
