"""Inventory sync: look up each SKU through the catalogue API."""
# oracle: calls=200
import itertools

import webclient.hooks
from webclient import *

_skus = itertools.count(5000)


def add_token(prepared):
    prepared.headers["Authorization"] = "Bearer sync-job"


webclient.hooks.register("request", add_token)


def scenario():
    sku = next(_skus)
    response = get("https://catalogue.example.com/v3/items/%d" % sku, params={"fields": "stock"})
    if response.status != 200:
        raise LookupError(sku)
    return response.body, response.elapsed is not None
