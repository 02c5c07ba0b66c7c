"""Storefront importer: pull the product list of each newly connected shop."""
# oracle: calls=200
import itertools

from apiclient import Client

_shops = itertools.count(1)


def scenario():
    n = next(_shops)
    zone = "offline" if n % 5 == 0 else "shops"
    client = Client("https://shop-%d.%s.example.com/api" % (n, zone), api_key="k%d" % n)
    try:
        response = client.get("/products", page=1)
    except ConnectionError:
        return None
    return response.status, response.data["url"]
