"""API wrapper: GET helpers go through a caching decorator whose default
ResponseCache instance, keyed by full URL, evicts its oldest entry past 16."""
import collections
import functools
import itertools

_ids = itertools.count()


class ResponseCache(collections.OrderedDict):
    def __init__(self, maxsize=None):
        super().__init__()
        self.maxsize = maxsize

    def store(self, key, value):
        self[key] = value
        if self.maxsize is not None and len(self) > self.maxsize:
            self.popitem(last=False)
        return value


def cached_get(fetch, cache=ResponseCache(maxsize=16)):  # expect: HL101 refuted
    @functools.wraps(fetch)
    def wrapper(url, **params):
        key = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        hit = cache.get(key)
        return hit if hit is not None else cache.store(key, fetch(url, **params))
    return wrapper


@cached_get
def get_item(url, **params):
    return {"url": url, "params": params, "status": 200}


def scenario():
    n = next(_ids)
    return get_item(f"https://api.example.com/items/{n}", fields="id,name")["status"]
