"""Crawler: fetches each URL with the default retry policy; every fifth URL is traced."""
import itertools

from netkit.client import fetch
from netkit.policy import RetryPolicy

_urls = itertools.count()


def scenario():
    n = next(_urls)
    url = f"https://site{n % 9}.example/page/{n}"
    if n % 5 == 0:
        return fetch(url, RetryPolicy(attempts=2, verbose=True))
    return fetch(url)
