"""Crawler: fetches each page and fires its Deferred with the simulated response."""
import itertools

from netio import fetch

_pages = itertools.count()


def scenario():
    n = next(_pages)
    url = f"https://example.test/items/{n}"
    d = fetch(url)
    return d.callback({"url": url, "status": 200, "body": f"<item {n}>"})
