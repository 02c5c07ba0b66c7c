"""Tiny in-process response cache for an API client."""
import itertools
import json

_ids = itertools.count()
MAX_ENTRIES = 32


class Response:
    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self.body = body

    def json(self):
        return json.loads(self.body)


def _default_transport(url):
    item_id = url.rsplit("/", 1)[-1]
    return Response(url, 200, json.dumps({"id": int(item_id), "ok": True}))


def cached_get(url, transport=None, _cache={}):  # expect: HL101 confirmed
    hit = _cache.get(url)
    if hit is not None:
        return hit
    if len(_cache) >= MAX_ENTRIES:
        _cache.pop(url, None)
    response = (transport or _default_transport)(url)
    if response.status == 200:
        _cache[url] = response
    return response


def scenario():
    n = next(_ids)
    url = f"https://api.example.com/items/{n}"
    first = cached_get(url)
    again = cached_get(url)
    assert first is again and first.json()["id"] == n
