"""Sync job: each request is built by httpclient, which only reads the settings defaults."""
import itertools

from httpclient import build_request

_pages = itertools.count()


def scenario():
    n = next(_pages)
    return build_request(f"https://api.example.com/items?page={n}", timeout=n % 60 + 1)["timeout"]
