"""Sync job: sync_one is bound to a client with functools.partial and mapped over ids; the client's fetch() runs before the page is logged."""
import functools
import itertools


class Client:
    def __init__(self, base):
        self.base = base

    def fetch(self, item_id):
        return {"url": f"{self.base}/items/{item_id}", "id": item_id}


def sync_one(client, item_id, synced=[]):  # expect: HL101 confirmed
    page = client.fetch(item_id)
    synced.append(page["url"])
    return page["id"]


_client = Client("https://api.example.com")
_runs = itertools.count()


def scenario():
    n = next(_runs)
    return list(map(functools.partial(sync_one, _client), [n * 2, n * 2 + 1]))
