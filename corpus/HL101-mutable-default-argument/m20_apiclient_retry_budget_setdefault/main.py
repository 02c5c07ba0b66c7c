"""Sync worker: each job builds a client for its tenant's API and fetches one item."""
import itertools

from apiclient import RetryingClient

_jobs = itertools.count()


def fetch(tenant, item_id):
    client = RetryingClient(f"https://{tenant}.api.example/")
    return client.get(f"/items/{item_id}")


def scenario():
    n = next(_jobs)
    return fetch(f"tenant{n}", n)
